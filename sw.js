// Salary Explorer offline support: after the first visit the page and its built assets are
// served from this cache when the network is unavailable. Pages are fetched network-first so a
// new build is picked up as soon as it is deployed; hashed assets are cache-first.
const CACHE = 'salary-explorer';
const PAGE = new URL('./', self.registration.scope).href;

// The page's own assets, read from its HTML (trunk gives them content-hashed names).
function assetsOf(html) {
  const found = html.matchAll(/(?:href|src)=["']?([^"' >]+\.(?:js|wasm|css))/g);
  return [...new Set([...found].map((m) => new URL(m[1], PAGE).href))];
}

// Stores the page and its assets, and forgets assets of older builds.
async function store(pageResponse) {
  const cache = await caches.open(CACHE);
  const html = await pageResponse.clone().text();
  const assets = assetsOf(html);
  // force-cache: the page has just loaded these, so the browser's HTTP cache answers and the
  // install adds no network traffic where the host lets files be cached.
  await cache.addAll(assets.map((url) => new Request(url, { cache: 'force-cache' })));
  await cache.put(PAGE, pageResponse);
  const keep = new Set([PAGE, ...assets]);
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(fetch(PAGE, { cache: 'force-cache' }).then((r) => (r.ok ? store(r) : undefined)));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(store(response.clone()).catch(() => undefined));
          return response;
        })
        .catch(async () => (await caches.match(PAGE)) || Response.error()),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
