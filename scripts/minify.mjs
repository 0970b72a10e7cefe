// Part of Trunk's post_build hook (see precache.mjs): minifies the JavaScript
// glue that wasm-bindgen writes (Trunk 0.21 minifies only CSS and HTML) with
// terser, in release builds only, and rewrites the Subresource Integrity
// digests that index.html holds for the files it changed. The glue is plain
// generated code: no name in it is read back at run time, so mangling local
// names is safe; top-level names of the no-modules scripts (the workers'
// `wasm_bindgen`) are global and are kept.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const sri = (body) => `sha384-${createHash("sha384").update(body).digest("base64")}`;

/** Minifies every `.js` of `dir` except the service worker; returns the bytes saved. */
export async function minifyGlue(dir) {
  const indexPath = join(dir, "index.html");
  let index = readFileSync(indexPath, "utf8");
  let saved = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".js") || name === "sw.js") continue;
    const path = join(dir, name);
    const before = readFileSync(path);
    const source = before.toString("utf8");
    const module = /^\s*export\s/m.test(source) || source.includes("import.meta");
    const out = await minify(source, { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (typeof out.code !== "string" || out.code.length >= source.length) continue;
    const after = Buffer.from(out.code, "utf8");
    writeFileSync(path, after);
    index = index.split(sri(before)).join(sri(after));
    saved += before.length - after.length;
  }
  writeFileSync(indexPath, index);
  return saved;
}
