// Prints the raw and gzip size of every file the build ships, and checks the
// first load (index.html and what it references: js, wasm, css) against the
// budget of 250 KB gzip. Exit code 1 when over budget.
//   node scripts/sizes.mjs [dist]
import { gzipSync } from "node:zlib";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const BUDGET = 250 * 1000;
const dir = process.argv[2] ?? "dist";

function walk(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " KB";
const rows = walk(dir)
  .sort()
  .map((p) => {
    const body = readFileSync(p);
    return { file: relative(dir, p).split(sep).join("/"), raw: body.length, gz: gzipSync(body, { level: 9 }).length };
  });

const html = readFileSync(join(dir, "index.html"), "utf8");
const firstLoad = rows.filter(
  (r) => r.file === "index.html" || (/\.(js|wasm|css)$/.test(r.file) && r.file !== "sw.js" && html.includes(r.file)),
);

console.log("file".padEnd(48) + "raw".padStart(11) + "gzip".padStart(11));
for (const r of rows) console.log(r.file.padEnd(48) + kb(r.raw) + kb(r.gz) + (firstLoad.includes(r) ? "  (first load)" : ""));
const total = firstLoad.reduce((s, r) => s + r.gz, 0);
const totalRaw = firstLoad.reduce((s, r) => s + r.raw, 0);
console.log("first load".padEnd(48) + kb(totalRaw) + kb(total) + `  (budget ${kb(BUDGET).trim()} gzip)`);
if (total > BUDGET) {
  console.error(`first load is ${total} bytes gzip, over the budget of ${BUDGET}`);
  process.exit(1);
}
