// Trunk post_build hook: fills public/sw.js's placeholders in the staging
// directory with the list of every file of this build and a version derived
// from their contents; in release builds it first minifies the JavaScript glue
// (minify.mjs). Run by Trunk with TRUNK_STAGING_DIR set. One script, not two
// hooks, so that the order of the two steps is certain.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minifyGlue } from "./minify.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache.mjs: TRUNK_STAGING_DIR is not set (run it through trunk build)");
  process.exit(1);
}

// Release builds: minify the JavaScript glue first, so that the precache
// version below is derived from the files as shipped.
if (process.env.TRUNK_PROFILE === "release") {
  const saved = await minifyGlue(dir);
  console.log(`precache.mjs: JavaScript glue minified, ${saved} bytes saved`);
} else {
  console.log(`precache.mjs: profile ${process.env.TRUNK_PROFILE ?? "unknown"}, glue left as is`);
}

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(dir)
  .map((p) => relative(dir, p).split(sep).join("/"))
  .filter((f) => f !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const f of files) {
  hash.update(f);
  hash.update(readFileSync(join(dir, f)));
}
const version = hash.digest("hex").slice(0, 16);
const list = ["./", ...files.map((f) => `./${f}`)];
const swPath = join(dir, "sw.js");
const template = readFileSync(swPath, "utf8");
if (!template.includes("__KIEMDIEM_PRECACHE__")) {
  console.error("precache.mjs: sw.js has no placeholder; was it already filled?");
  process.exit(1);
}
writeFileSync(
  swPath,
  template
    .replace('"__KIEMDIEM_VERSION__"', JSON.stringify(version))
    .replace("__KIEMDIEM_PRECACHE__", JSON.stringify(list, null, 2)),
);
console.log(`precache.mjs: ${list.length} files, version ${version}`);
