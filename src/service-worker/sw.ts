/**
 * The service worker. It keeps the shell every visit needs (styles, scripts, fonts, the home,
 * search and offline pages, the search engine's own code) precached, within a fixed budget
 * whatever the library holds (integrations/service-worker.ts), and then only what the reader
 * reads or saves:
 *
 * - a page read online is kept (the last few hundred), so it opens again with no network;
 * - a set saved with "Lưu để đọc khi không có mạng" lives in a cache of its own, written by the
 *   page (scripts/offline-saves.ts), and is refreshed here whenever one of its pages is read online;
 * - Pagefind's chunks, named by their content, are kept once fetched.
 *
 * A new build waits until the reader accepts it ("Có bản cập nhật — tải lại"), so old and new
 * files never mix on one page.
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute, matchPrecache } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core';
import { NETWORK_ONLY_HEADER, SAVED_CACHE_PREFIX, OFFLINE_FALLBACK_PAGE } from '../lib/browser/offline-saves.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

const sameOrigin = (url: URL) => url.origin === self.location.origin;
/** The address a page is kept under: "?tu-khoa=…" (search highlights) and "#…" open the same page. */
const pageKey = (url: string) => url.replace(/[?#].*$/, '');

/** The caches of the sets the reader saved, by name. */
async function savedCaches(): Promise<Cache[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(SAVED_CACHE_PREFIX));
  return Promise.all(names.map((name) => caches.open(name)));
}

/**
 * A page is kept once, whatever its "?…" or "#…"; read online, it replaces its copy in every saved
 * set that holds it; offline, a copy kept anywhere (read, saved, precached) serves.
 */
const keptPages: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url),
  fetchDidSucceed: async ({ request, response }) => {
    if (response.ok) {
      const key = pageKey(request.url);
      for (const cache of await savedCaches()) if (await cache.match(key)) await cache.put(key, response.clone());
    }
    return response;
  },
  handlerDidError: async ({ request }) => (await caches.match(pageKey(request.url), { ignoreSearch: true })) ?? undefined,
};

// Pagefind's chunks never change under one name.
registerRoute(
  ({ url }) => sameOrigin(url) && /\/pagefind\/(?:index|fragment|filter)\//.test(url.pathname),
  new CacheFirst({ cacheName: 'nq36-tim-kiem', plugins: [new ExpirationPlugin({ maxEntries: 500 })] }),
);

// Everything else of the site: fresh when the network answers in time, kept for later. Saving a
// set fetches past this route (its files go to the set's own cache), and so do the portable copies.
registerRoute(
  ({ url, request }) => sameOrigin(url) && !request.headers.has(NETWORK_ONLY_HEADER) && !url.pathname.endsWith('.zip'),
  new NetworkFirst({
    cacheName: 'nq36-da-doc',
    networkTimeoutSeconds: 4,
    plugins: [keptPages, new ExpirationPlugin({ maxEntries: 300 })],
  }),
);

// A page neither read nor saved, with no network: say so, and show the way to what is saved.
setCatchHandler(async ({ request }) => (request.destination === 'document' ? ((await matchPrecache(OFFLINE_FALLBACK_PAGE)) ?? Response.error()) : Response.error()));
