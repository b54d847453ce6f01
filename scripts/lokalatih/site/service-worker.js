/* Lokalatih's service worker: pages stay readable offline after one visit. Written by `lokalatih build` to the
   site's root as sw.js (scope: both languages), with the build's version filled in; explained in
   scripts/lokalatih/site/offline_reading.py. No library, no request to any other host. */
"use strict";

const VERSION = "@@version@@";
const CACHE = "lokalatih-" + VERSION; // everything kept for this build: replaced when the site changes
const SAVED = "lokalatih-saved"; // which programmes the reader saved, kept across builds
const SAVED_KEY = "offline/saved.json";
const PACKS = "offline/";
const OTHER_LANGUAGES = ["en"]; // language folders under the root; the root is Indonesian
const SLOW_NETWORK_MS = 6000; // a page kept on the phone shows after this long without an answer
const AT_ONCE = 4; // downloads at a time while saving

const inScope = (path) => new URL(path, self.registration.scope).href;
const language = (path) => OTHER_LANGUAGES.find((lang) => path.startsWith(lang + "/")) || "id";
const folderOf = (lang) => (lang === "id" ? "" : lang + "/"); // the site of a language: id at the root, en/ …
const fallbackOf = (lang) => inScope(folderOf(lang) + "offline/fallback.html");
const isHtml = (response) => (response.headers.get("content-type") || "").includes("text/html");
const withoutQuery = (href) => href.split("#")[0].split("?")[0];

// A copy of `response` that says when it was kept (the page shows it when read from the cache).
async function stamped(response, when) {
  const headers = new Headers(response.headers);
  headers.set("x-lokalatih-saved", when);
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function store(cache, href, when, mode) {
  const response = await fetch(href, { cache: mode });
  if (!response.ok) throw new Error(href + ": " + response.status);
  await cache.put(withoutQuery(href), await stamped(response, when));
}

async function savedPacks() {
  const hit = await (await caches.open(SAVED)).match(inScope(SAVED_KEY));
  return hit ? hit.json() : {};
}

async function rememberSaved(packs) {
  const body = JSON.stringify(packs);
  await (await caches.open(SAVED)).put(inScope(SAVED_KEY), new Response(body, { headers: { "content-type": "application/json" } }));
}

// One programme in one language (offline/<programme>.<lang>.json, listed at build time): its pages, what they load
// and, when asked, its handouts.
async function savePack(cache, key, handouts, progress) {
  const response = await fetch(inScope(PACKS + key + ".json"), { cache: "no-cache" });
  if (response.status === 404) return null; // no such programme (any more)
  if (!response.ok) throw new Error(key + ": " + response.status);
  const pack = await response.json();
  const files = pack.pages.concat(pack.files, handouts ? pack.handouts : []);
  const when = new Date().toISOString();
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < files.length) {
      const path = files[next++];
      await store(cache, inScope(path), when, "no-cache");
      progress(++done, files.length);
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  const packs = await savedPacks();
  packs[key] = { saved: when, handouts: !!handouts };
  await rememberSaved(packs);
  return when;
}

// A new build: its cache is filled before it takes over, saved programmes included, so that a reader offline keeps
// what was saved; if a download fails, the previous build's worker and cache stay.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const when = new Date().toISOString();
      await Promise.all(["id", ...OTHER_LANGUAGES].map((lang) => store(cache, fallbackOf(lang), when, "no-cache")));
      const packs = await savedPacks();
      for (const [key, saved] of Object.entries(packs)) {
        if ((await savePack(cache, key, saved.handouts, () => {})) === null) {
          // A programme the new build no longer has: forget it, or no later build could ever install.
          const left = await savedPacks();
          delete left[key];
          await rememberSaved(left);
        }
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith("lokalatih-") && name !== CACHE && name !== SAVED).map((name) => caches.delete(name)));
      await self.clients.claim();
      // The page that registered this worker was loaded before it: keep it too (from the browser's cache).
      const cache = await caches.open(CACHE);
      const when = new Date().toISOString();
      for (const client of await self.clients.matchAll({ type: "window" })) {
        const href = withoutQuery(client.url);
        if (href.startsWith(self.registration.scope) && !(await cache.match(href))) {
          await store(cache, href, when, "default").catch(() => {});
        }
      }
    })(),
  );
});

// A page read from the cache says so: <html data-lk-saved="…">, read by offline-save.js.
async function marked(cached) {
  if (!isHtml(cached)) return cached;
  const when = cached.headers.get("x-lokalatih-saved") || "";
  const text = (await cached.text()).replace(/<html\b/, '<html data-lk-saved="' + when.replace(/[^0-9TZ:.-]/g, "") + '"');
  return new Response(text, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}

// What a page never opened nor saved shows offline; its links lead from its own folder, wherever it is shown.
async function fallback(cache, path) {
  const lang = language(path);
  const kept = await cache.match(fallbackOf(lang));
  if (!kept) return null;
  const text = (await kept.text()).replace("<head>", '<head><base href="' + inScope(folderOf(lang) + "offline/") + '">');
  return new Response(text, { status: 503, statusText: "Offline", headers: kept.headers });
}

// Pages: the network first (a page is never older than the site), the cache when offline or too slow; every page
// read is kept, so a reader who never taps "save" still finds the pages they opened.
async function page(request, path) {
  const cache = await caches.open(CACHE);
  const key = withoutQuery(request.url);
  // no-cache: the browser's own cache may hold the page for minutes and answer offline as if online; a redirect is
  // handed back for the browser to follow.
  const fromNetwork = fetch(request.url, { cache: "no-cache", redirect: "manual" }).then(async (response) => {
    if (response.ok && isHtml(response)) {
      const copy = response.clone();
      await stamped(copy, new Date().toISOString()).then((kept) => cache.put(key, kept)).catch(() => {});
    }
    return response;
  });
  const fromCache = async () => {
    const cached = await cache.match(key);
    return cached ? marked(cached) : null;
  };
  return new Promise((resolve) => {
    let answered = false;
    const answer = (response) => {
      if (response && !answered) {
        answered = true;
        resolve(response);
      }
    };
    const slow = setTimeout(() => fromCache().then(answer), SLOW_NETWORK_MS);
    fromNetwork.then(
      (response) => {
        clearTimeout(slow);
        answer(response);
      },
      async () => {
        clearTimeout(slow);
        answer((await fromCache()) || (await fallback(cache, path)) || Response.error());
      },
    );
  });
}

// Stylesheets, scripts, images, handouts: from the cache when there (the cache belongs to one build, so nothing in
// it is stale), else from the network; what a page loads is kept, handouts only when saved.
async function file(request, path) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(withoutQuery(request.url));
  if (hit) return hit;
  const response = await fetch(request);
  // The glossary's definitions (glossary/terms.js, loaded at a reader's first tap on a term) are kept like assets.
  if (response.ok && response.type === "basic" && (path.startsWith("assets/") || /(^|\/)glossary\/terms\.js$/.test(path))) {
    await cache.put(withoutQuery(request.url), await stamped(response.clone(), new Date().toISOString()));
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const scope = self.registration.scope;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  const path = request.url.slice(scope.length);
  // The search index and worker load from the network: search is not part of reading offline. The pack lists and
  // the worker itself must always be fresh.
  if (/(^|\/)search\/|workers\/search|^sw\.js|^offline\/[^/]+\.json/.test(path)) return;
  if (request.mode === "navigate") event.respondWith(page(request, path));
  else event.respondWith(file(request, path));
});

// The save button of a programme's pages (offline-save.js): {type: "save", pack: "workshop.id", handouts: true}, and
// {type: "status"} to learn what is saved. Answers go to the page that asked.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = (message) => event.source && event.source.postMessage(message);
  if (data.type === "status") {
    event.waitUntil(savedPacks().then((packs) => reply({ type: "status", packs })));
  } else if (data.type === "save" && /^[\w-]+\.[a-z]+$/.test(data.pack || "")) {
    event.waitUntil(
      (async () => {
        try {
          const cache = await caches.open(CACHE);
          const progress = (done, total) => reply({ type: "progress", pack: data.pack, done, total });
          const saved = await savePack(cache, data.pack, data.handouts, progress);
          reply(saved ? { type: "saved", pack: data.pack, saved } : { type: "failed", pack: data.pack });
        } catch (error) {
          reply({ type: "failed", pack: data.pack });
        }
      })(),
    );
  }
});
