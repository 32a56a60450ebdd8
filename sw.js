// Salary Explorer offline support: after the first visit the page and its built assets are
// served from this cache when the network is unavailable. Pages are fetched network-first so a
// new build is picked up as soon as it is deployed; hashed assets are cache-first.
const SCOPE = new URL(self.registration.scope);
const PAGE = SCOPE.href;
// One cache per deployment: two copies of the app in sibling folders must not delete each other's files.
const CACHE = `salary-explorer ${PAGE}`;

// The app's page is the folder itself or its index.html; any query string only picks a view.
function isAppPage(address) {
  const url = new URL(address);
  return url.origin === SCOPE.origin && (url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`);
}

// Only the app's own page, served as HTML, may replace the offline copy (not sw.js, not other pages).
function isAppResponse(response) {
  const type = response.headers.get('content-type') || '';
  return response.status === 200 && /^text\/html\s*(;|$)/i.test(type) && isAppPage(response.url);
}

// The page's own assets, read from its HTML (the build gives them content-hashed names), the
// wasm its boot script names (the page itself does not: the app's code is fetched after the
// page is painted), and the icons its manifest names (what the installed app shows).
async function assetsOf(html) {
  const found = html.matchAll(/(?:href|src)=["']?([^"' >]+\.(?:js|wasm|css|webmanifest))/g);
  const assets = new Set([...found].map((m) => new URL(m[1], PAGE).href));
  for (const script of [...assets].filter((url) => /\/boot-[^/]*\.js$/.test(url))) {
    const code = await (await fetch(script, { cache: 'force-cache' })).text();
    for (const m of code.matchAll(/["'](\.\/[^"']+\.wasm)["']/g)) assets.add(new URL(m[1], PAGE).href);
  }
  for (const manifest of [...assets].filter((url) => url.endsWith('.webmanifest'))) {
    const { icons = [] } = await (await fetch(manifest, { cache: 'force-cache' })).json();
    for (const icon of icons) assets.add(new URL(icon.src, manifest).href);
  }
  return [...assets];
}

// Stores the page and its assets, and forgets assets of older builds.
async function store(pageResponse) {
  const cache = await caches.open(CACHE);
  const html = await pageResponse.clone().text();
  const assets = await assetsOf(html);
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
  // no-cache: the HTTP cache may still hold an older build's page, which must not become the offline copy.
  event.waitUntil(fetch(PAGE, { cache: 'no-cache' }).then((r) => (isAppResponse(r) ? store(r) : undefined)));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Other pages in this folder go to the network untouched and never replace the app's copy.
    if (!isAppPage(request.url)) return;
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (isAppResponse(response)) event.waitUntil(store(response.clone()).catch(() => undefined));
          return response;
        })
        .catch(async () => (await caches.match(PAGE, { cacheName: CACHE })) || Response.error()),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
