/**
 * The site's search engine: Pagefind when the site answers; with no network, MiniSearch over the
 * search indexes that came with the sets this device saved (scripts/offline-saves.ts), so that
 * results lead only to pages it holds. Those indexes are classic scripts, as in the portable
 * copies, loaded from the saved caches.
 */
import { savedSearchIndexes } from '../offline-saves.ts';
import { NETWORK_ONLY_HEADER } from '../../lib/browser/offline-saves.ts';
import { routes } from '../../lib/model/routes.ts';
import { offlineEngine } from './offline-engine.ts';
import { pagefindEngine } from './pagefind-engine.ts';
import type { SearchEngine } from './engine.ts';

/** How long the site may take to answer before the search uses what is saved, as the worker waits for pages. */
const NETWORK_WAIT_MS = 4000;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** The engine over what is saved; it finds nothing (and says so) when nothing with an index is saved. */
async function savedEngine(): Promise<SearchEngine> {
  await Promise.all((await savedSearchIndexes()).map(loadScript));
  return offlineEngine(window.NQ36_OFFLINE_INDEXES ?? [], (path) => path);
}

/** Whether the site itself answers: the worker serves pages with no network, and Pagefind then finds nothing rather than failing. */
async function siteAnswers(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    const response = await fetch(routes.pathWithBase('/pagefind/pagefind-entry.json'), {
      method: 'HEAD',
      cache: 'no-store',
      headers: { [NETWORK_ONLY_HEADER]: '1' },
      signal: AbortSignal.timeout(NETWORK_WAIT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The site's search: Pagefind when the site answers, what is saved when it does not. The check
 * runs beside Pagefind's first fetches, so that it costs an online search no time.
 */
export function siteSearchEngine(): SearchEngine {
  const online = pagefindEngine();
  const answers = siteAnswers();
  let chosen: Promise<SearchEngine> | null = null;
  let picked: SearchEngine = online;
  const pick = () =>
    (chosen ??= answers.then(async (yes) => {
      picked = yes ? online : await savedEngine();
      return picked;
    }));
  return {
    link: (path) => picked.link(path),
    prepare: (typed) => online.prepare(typed),
    facets: async () => (await pick()).facets(),
    search: async (query, selected) => (await pick()).search(query, selected),
  };
}
