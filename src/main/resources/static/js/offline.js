// The field forms without a connection. A report made offline (or whose sending fails) is kept on the phone in
// IndexedDB with its idempotency key and sent when the connection returns; the server makes one record per key, so a
// retry after a lost answer never makes two. A kept report is removed as soon as it is sent, and after 24 hours at
// the latest (sent or not). Only the user who made it sends it. The status line says how many wait.
(function () {
  'use strict';
  const DAY = 24 * 60 * 60 * 1000;
  const DB = 'ketenimpact-field';
  const STORE = 'queue';
  let flushing = null;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  }

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function tx(mode, work) {
    return open().then(db => new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const result = work(t.objectStore(STORE));
      t.oncomplete = () => { db.close(); resolve(result && result.result !== undefined ? result.result : undefined); };
      t.onerror = () => { db.close(); reject(t.error); };
    }));
  }

  const all = () => tx('readonly', store => store.getAll());
  const put = item => tx('readwrite', store => store.put(item));
  const remove = key => tx('readwrite', store => store.delete(key));

  function newKey() {
    return (crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(16).slice(2));
  }

  // Who is signed in and a fresh CSRF token; null without a connection or a session.
  function state() {
    return fetch('/offline/state', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok && !response.redirected ? response.json() : null)
      .catch(() => null);
  }

  const statusElements = () => Array.from(document.querySelectorAll('[data-offline-status]'));

  function show(items, note) {
    statusElements().forEach(element => {
      const waiting = items.filter(item => !item.refused).length;
      const refused = items.length - waiting;
      const parts = [];
      if (waiting === 1) {
        parts.push(element.dataset.one);
      } else if (waiting > 1) {
        parts.push(element.dataset.many.replace('{0}', waiting));
      }
      if (refused > 0) {
        parts.push(element.dataset.refused.replace('{0}', refused));
      }
      if (note) {
        parts.push(note);
      }
      element.textContent = parts.join(' ');
      element.hidden = parts.length === 0;
    });
  }

  // Reports older than a day leave the phone, sent or not.
  function expire(items) {
    const now = Date.now();
    const old = items.filter(item => now - item.createdAt > DAY);
    return Promise.all(old.map(item => remove(item.key))).then(() => ({ items: items.filter(item => now - item.createdAt <= DAY), expired: old.length }));
  }

  function send(item, current) {
    const body = new URLSearchParams(item.body);
    body.set('_csrf', current.csrf);
    return fetch(item.action, {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Idempotency-Key': item.key, 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(response => {
      if (response.ok && !new URL(response.url).pathname.startsWith('/login')) {
        return remove(item.key).then(() => 'sent');
      }
      if (response.status === 400 || response.status === 403 || response.status === 404 || response.status === 409 || response.status === 422) {
        // The server refused it (the project is gone, the form is no longer valid): kept, for the worker to see, until the day is over.
        item.refused = true;
        return put(item).then(() => 'refused');
      }
      return 'later';
    }).catch(() => 'later');
  }

  // Sends what waits, one at a time; a second call while one runs waits for that one.
  function flush() {
    if (flushing) {
      return flushing;
    }
    flushing = all().then(expire).then(({ items, expired }) => {
      const expiredNote = expired > 0 && statusElements()[0] ? statusElements()[0].dataset.expired.replace('{0}', expired) : '';
      const pending = items.filter(item => !item.refused);
      if (pending.length === 0 || !navigator.onLine) {
        show(items, expiredNote);
        return;
      }
      return state().then(current => {
        if (!current) {
          show(items, expiredNote);
          return;
        }
        const mine = pending.filter(item => item.user === current.user);
        return mine.reduce((chain, item) => chain.then(() => send(item, current)), Promise.resolve())
          .then(() => all()).then(left => show(left, left.length === 0 && mine.length > 0 ? statusElements()[0].dataset.sent : expiredNote));
      });
    }).finally(() => { flushing = null; });
    return flushing;
  }

  function keep(form) {
    const data = new URLSearchParams(new FormData(form));
    data.delete('_csrf');
    const key = data.get('idempotencyKey') || newKey();
    data.set('idempotencyKey', key);
    const user = statusElements()[0] ? statusElements()[0].dataset.user : '';
    return put({ key: key, action: form.action, body: data.toString(), kind: form.dataset.offlineForm, user: user,
      createdAt: Date.now() }).then(() => {
      form.reset();
      form.querySelector('[name=idempotencyKey]').value = newKey();
      return all();
    }).then(items => show(items, ''));
  }

  function setUp(form) {
    const keyField = form.querySelector('[name=idempotencyKey]');
    // A kept copy of the page has the key it was made with: every report gets its own.
    keyField.value = newKey();
    form.addEventListener('submit', event => {
      event.preventDefault();
      if (!navigator.onLine) {
        keep(form);
        return;
      }
      const data = new URLSearchParams(new FormData(form));
      // Not following the redirect leaves the page's confirmation for the page it leads to.
      fetch(form.action, { method: 'POST', credentials: 'same-origin', body: data, redirect: 'manual',
        headers: { 'Idempotency-Key': keyField.value, 'Content-Type': 'application/x-www-form-urlencoded' } })
        .then(response => {
          if (response.type === 'opaqueredirect') {
            window.location.assign(form.dataset.offlineDone);
          } else {
            // The server shows the form again with its messages; the same key keeps it one record.
            form.submit();
          }
        })
        .catch(() => keep(form));
    });
    // The page itself is kept on the phone from the first visit on.
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.ready.then(registration => registration.active && registration.active.postMessage({ keep: location.pathname }));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('form[data-offline-form]').forEach(setUp);
    window.addEventListener('online', flush);
    window.addEventListener('offline', () => all().then(items => show(items, '')));
    flush();
    setInterval(flush, 30000);
  });

  // For the browser test: send now, and what waits.
  window.ketenimpactOffline = { flush: flush, waiting: all };
})();
