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
  /** Positions in the page's content of every word that matched, in reading order. */
  words: number[];
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FacetCounts>;
  preload: (query: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  search: (query: string, options?: { filters?: PagefindFilters }) => Promise<PagefindResponse | null>;
}

/** Outcomes of recent searches: going back to a query, or unticking a filter, costs nothing. */
const REMEMBERED = 20;

/** Facet counts with their values as the pages write them. */
const decodeCounts = (counts: FacetCounts): FacetCounts =>
  Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, Object.fromEntries(Object.entries(values).map(([value, count]) => [decodeFromIndex(value), count]))]));

/**
 * Whether `wordCount` matched words stand side by side somewhere in the page: where a phrase
 * can be. Pagefind sends every result's matched positions anyway, so this costs no second
 * (quoted) search; the order of the words is checked on the page's text once it is fetched.
 */
function hasAdjacentRun(positions: readonly number[], wordCount: number): boolean {
  let run = 1;
  for (let i = 1; i < positions.length && run < wordCount; i += 1) run = positions[i] === positions[i - 1] + 1 ? run + 1 : 1;
  return run >= wordCount;
}

export function pagefindEngine(): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ new URL(routes.pathWithBase('/pagefind/pagefind.js'), location.href).href)) as Pagefind;
      // Results as paths of the site without the base: link() puts them under it, once.
      await pagefind.options({ excerptLength: EXCERPT_WORDS, baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })());
  // Pagefind counts a search's facets only over the filter values it has loaded: they are all
  // loaded once, from the start, alongside whatever else the page fetches.
  let allFilters: Promise<FacetCounts> | undefined;
  const loadFilters = () => (allFilters ??= load().then(async (pagefind) => decodeCounts(await pagefind.filters())));

  /** One result as the page shows it: its sections ranked by what the reader typed. */
  async function hitOf(result: PagefindResult, query: string): Promise<PageHit & { score: number }> {
    const data = await result.data();
    const content = decodeFromIndex(data.content).normalize('NFC');
    const subResults = data.sub_results.filter((sub) => sub.url !== data.url || data.sub_results.length === 1);
    const sections = rankSections(content.split(/\s+/), subResults.map((sub) => ({ ...sub, title: decodeFromIndex(sub.title) })), query);
    const tier = Math.min(phraseTier(content, query), sections[0]?.tier ?? 2);
    const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, decodeFromIndex(value)]));
    // A page matched only through word prefixes still links to its first section.
    const shown = sections.length > 0 ? sections : subResults.slice(0, 1).map((sub) => ({ url: sub.url, title: decodeFromIndex(sub.title), excerpt: '' }));
    return { url: data.url, meta, tier, sections: shown, score: result.score };
  }

  async function run(query: string, selected: ReadonlyMap<string, ReadonlySet<string>>): Promise<SearchOutcome> {
    const pagefind = await load();
    const filters = Object.fromEntries(
      [...selected].filter(([, values]) => values.size > 0).map(([facet, values]) => [facet, { any: [...values].map(encodeForIndex) }]),
    );
    const indexQuery = queryForIndex(query);
    // The query's part of the index is fetched while the filters finish loading, not after.
    await Promise.all([loadFilters(), pagefind.preload(indexQuery, { filters })]);
    const response = await pagefind.search(indexQuery, { filters });
    if (!response) return { total: 0, counts: {}, pages: [], next: null };
    const wordCount = indexQuery.includes('"') ? 1 : indexQuery.split(' ').length;
    // Pages where the words can stand as a phrase first, each group in Pagefind's order:
    // re-ranking puts phrases above scattered words anyway, so the first batch fetches the
    // pages that will lead.
    const phraseFirst: PagefindResult[] = [];
    const wordsApart: PagefindResult[] = [];
    for (const result of response.results) (hasAdjacentRun(result.words, wordCount) ? phraseFirst : wordsApart).push(result);
    const ordered = [...phraseFirst, ...wordsApart];
    const batch = async (from: number): Promise<ResultBatch> => {
      const end = from + RESULTS_PER_BATCH;
      const pages = await Promise.all(ordered.slice(from, end).map((result) => hitOf(result, query)));
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
      loadFilters().catch(() => undefined);
      load()
        .then((pagefind) => (query ? pagefind.preload(query) : undefined))
        .catch(() => undefined);
    },
    facets: loadFilters,
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
