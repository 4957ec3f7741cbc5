/**
 * Registers the service worker and tells the reader how things stand: saving for offline use,
 * ready offline, or a new version waiting ("Có bản cập nhật — tải lại"), which is taken only
 * when they ask, by reloading once the new worker has taken over.
 */
import { routes } from '../lib/model/routes.ts';

/** How long after the page has loaded the worker is registered: long enough for a first search to finish. */
const REGISTER_AFTER_LOAD_MS = 2000;

export function watchOffline(status: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  const say = (key: 'installing' | 'ready') => {
    status.textContent = status.dataset[key] ?? '';
    status.dataset.state = key;
  };
  const offerUpdate = (worker: ServiceWorker) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = status.dataset.update ?? '';
    button.addEventListener('click', () => worker.postMessage({ type: 'SKIP_WAITING' }));
    status.replaceChildren(button);
    status.dataset.state = 'update';
  };
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a worker the reader accepted takes over a page that already had one.
    if (reloading || !status.dataset.hadController) return;
    reloading = true;
    location.reload();
  });
  if (navigator.serviceWorker.controller) status.dataset.hadController = 'yes';
  // The reader's page comes first: the worker's own downloads (the shell) wait until it has loaded and settled.
  const whenQuiet = (start: () => void) => {
    const later = () => setTimeout(start, REGISTER_AFTER_LOAD_MS);
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  };
  whenQuiet(() => void navigator.serviceWorker.register(routes.pathWithBase('/sw.js'), { scope: routes.home() }).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    else if (registration.active) say('ready');
    else say('installing');
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
        if (installing.state === 'activated' && !navigator.serviceWorker.controller) say('ready');
      });
    });
    void navigator.serviceWorker.ready.then(() => {
      if (status.dataset.state !== 'update') say('ready');
    });
  }));
}
