// Ketenimpact's service worker: keeps the site worker's two field forms (and what they need to show) on the phone,
// so that they open in a basement. Nothing else is kept: no lists, no signals, no personal data. Reports made
// without a connection wait in the page's own queue (offline.js), not here.
const CACHE = 'ketenimpact-field-v1';
const ASSETS = ['/css/app.css', '/css/favicon.svg', '/js/menu.js', '/js/offline.js', '/webjars/htmx.org/dist/htmx.min.js', '/manifest.webmanifest'];
const FORMS = [/^\/signals\/new$/, /^\/activities\/new$/, /^\/projects\/[0-9a-f-]{36}\/signals\/new$/, /^\/projects\/[0-9a-f-]{36}\/activities\/new$/];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function isForm(url) {
  return url.origin === self.location.origin && FORMS.some(pattern => pattern.test(url.pathname));
}

function keep(cache, path, response) {
  const general = path.replace(/^\/projects\/[0-9a-f-]{36}/, '');
  const puts = [cache.put(path, response.clone())];
  if (general !== path) {
    // A project's form is also the one "/signals/new" opens without a connection.
    puts.push(cache.put(general, response.clone()));
  }
  return Promise.all(puts);
}

// A field form asks to be kept from its first visit (before this worker controlled the page).
self.addEventListener('message', event => {
  const path = event.data && event.data.keep;
  if (typeof path !== 'string' || !isForm(new URL(path, self.location.origin))) {
    return;
  }
  event.waitUntil(fetch(path, { credentials: 'same-origin', redirect: 'manual' })
    .then(response => response.ok ? caches.open(CACHE).then(cache => keep(cache, path, response)) : null)
    .catch(() => null));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === 'POST' && url.pathname === '/logout') {
    // Signing out takes the kept forms (they carry the session's token) off the phone.
    event.waitUntil(caches.open(CACHE).then(cache => cache.keys()
      .then(keys => Promise.all(keys.filter(key => isForm(new URL(key.url))).map(key => cache.delete(key))))));
    return;
  }
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate' && isForm(url)) {
    // The network first (the form is fresh), the kept copy when there is none.
    event.respondWith(fetch(request).then(response => {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then(cache => keep(cache, url.pathname, copy)));
      }
      return response;
    }).catch(() => caches.match(url.pathname).then(kept => kept || Response.error())));
    return;
  }
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname)));
  }
});
