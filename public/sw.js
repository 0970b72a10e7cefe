// Kiểm điểm service worker. The two placeholders below are filled after every
// `trunk build` by scripts/precache.mjs from the files really produced, so the
// list is never kept by hand. Each build gets its own cache; drafts live in
// localStorage and are never touched here.
const VERSION = "__KIEMDIEM_VERSION__";
const PRECACHE = __KIEMDIEM_PRECACHE__;
const CACHE = `kiemdiem-${VERSION}`;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the person chooses to
  // reload ("Đã có phiên bản mới — tải lại"), never under their feet.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("kiemdiem-") && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every route of the app is the same page: answer from the cache first,
    // so that the app starts with no network.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match("./index.html"))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
