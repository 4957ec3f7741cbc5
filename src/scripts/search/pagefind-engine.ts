/** The online search engine: Pagefind, with the Vietnamese re-ranking of src/lib/search. */
import { decodeFromIndex, encodeForIndex, phraseTier, queryForIndex } from '../../lib/search/text.ts';
import { EXCERPT_WORDS, rankSections } from '../../lib/search/sections.ts';
import { routes } from '../../lib/model/routes.ts';
import { RESULTS_PER_BATCH, type FacetCounts, type PageHit, type ResultBatch, type SearchEngine, type SearchOutcome } from './engine.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FacetCounts>;
  preload: (query: string) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindResponse | null>;
}

/** Outcomes of recent searches: going back to a query, or unticking a filter, costs nothing. */
const REMEMBERED = 20;

/** Facet counts with their values as the pages write them. */
const decodeCounts = (counts: FacetCounts): FacetCounts =>
  Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, Object.fromEntries(Object.entries(values).map(([value, count]) => [decodeFromIndex(value), count]))]));

export function pagefindEngine(): SearchEngine {
  let loaded: Promise<{ pagefind: Pagefind; all: FacetCounts }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ new URL(routes.pathWithBase('/pagefind/pagefind.js'), location.href).href)) as Pagefind;
      // Results as paths of the site without the base: link() puts them under it, once.
      await pagefind.options({ excerptLength: EXCERPT_WORDS, baseUrl: '/' });
      await pagefind.init();
      // Filters must be loaded before a search, or its facet counts come back partial.
      return { pagefind, all: decodeCounts(await pagefind.filters()) };
    })());

  /** One result as the page shows it: its sections ranked by what the reader typed. */
  async function hitOf(result: PagefindResult, query: string, phraseIds: ReadonlySet<string>): Promise<PageHit & { score: number }> {
    const data = await result.data();
    const content = decodeFromIndex(data.content).normalize('NFC');
    const subResults = data.sub_results.filter((sub) => sub.url !== data.url || data.sub_results.length === 1);
    const sections = rankSections(content.split(/\s+/), subResults.map((sub) => ({ ...sub, title: decodeFromIndex(sub.title) })), query);
    const tier = Math.min(phraseTier(content, query), sections[0]?.tier ?? 2, phraseIds.has(result.id) ? 1 : 2);
    const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, decodeFromIndex(value)]));
    // A page matched only through word prefixes still links to its first section.
    const shown = sections.length > 0 ? sections : subResults.slice(0, 1).map((sub) => ({ url: sub.url, title: decodeFromIndex(sub.title), excerpt: '' }));
    return { url: data.url, meta, tier, sections: shown, score: result.score };
  }

  async function run(query: string, selected: ReadonlyMap<string, ReadonlySet<string>>): Promise<SearchOutcome> {
    const { pagefind } = await load();
    const filters = Object.fromEntries(
      [...selected].filter(([, values]) => values.size > 0).map(([facet, values]) => [facet, { any: [...values].map(encodeForIndex) }]),
    );
    const indexQuery = queryForIndex(query);
    const words = indexQuery.replace(/"/g, '').split(' ').filter(Boolean);
    // The quoted search says which pages hold the words as a phrase, so those are fetched first.
    const [response, phrase] = await Promise.all([
      pagefind.search(indexQuery, { filters }),
      words.length > 1 && !indexQuery.includes('"') ? pagefind.search(`"${words.join(' ')}"`, { filters }) : Promise.resolve(null),
    ]);
    if (!response) return { total: 0, counts: {}, pages: [], next: null };
    const phraseIds = new Set(phrase?.results.map((result) => result.id) ?? []);
    // Pages holding the phrase first, each group in Pagefind's order: re-ranking puts them above
    // scattered words anyway, and so the first batch fetches the pages that will lead.
    const ordered = [...response.results].sort((a, b) => Number(phraseIds.has(b.id)) - Number(phraseIds.has(a.id)));
    const batch = async (from: number): Promise<ResultBatch> => {
      const end = from + RESULTS_PER_BATCH;
      const pages = await Promise.all(ordered.slice(from, end).map((result) => hitOf(result, query, phraseIds)));
      pages.sort((a, b) => a.tier - b.tier || b.score - a.score);
      return { pages, next: end < ordered.length ? () => batch(end) : null };
    };
    return { total: ordered.length, counts: decodeCounts(response.filters), ...(await batch(0)) };
  }

  const remembered = new Map<string, Promise<SearchOutcome>>();
  return {
    link: routes.pathWithBase,
    prepare(typed) {
      const query = typed.trim() ? queryForIndex(typed) : '';
      // A failure here shows when the reader searches; preparing is only a head start.
      load()
        .then(({ pagefind }) => (query ? pagefind.preload(query) : undefined))
        .catch(() => undefined);
    },
    facets: async () => (await load()).all,
    search(query, selected) {
      const key = JSON.stringify([query, [...selected].map(([facet, values]) => [facet, [...values].sort()])]);
      const known = remembered.get(key);
      if (known) return known;
      const outcome = run(query, selected);
      remembered.set(key, outcome);
      outcome.catch(() => remembered.delete(key));
      if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
      return outcome;
    },
  };
}
