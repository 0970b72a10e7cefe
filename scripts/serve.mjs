// A small static server for the built app (dist/): every path without a file
// extension answers index.html, so that a reload lands on the same route.
// Binds to 127.0.0.1 only.
//   node scripts/serve.mjs [dir] [port]
// Also imported by the end-to-end tests, which start and stop it at will.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts serving `dir` on 127.0.0.1:`port` (0: any free port). */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if (path.endsWith("/") || extname(path) === "") file = join(root, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        // Only files whose name carries a content hash may be cached for
        // good; the service worker, the page and the worker (named after its
        // binary) are always revalidated.
        "cache-control": /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/.test(file) ? "max-age=31536000, immutable" : "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Không tìm thấy");
    }
  });
  return new Promise((ok) =>
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      ok({
        url,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Kiểm điểm: ${url}/ (Ctrl+C để dừng)`);
}
