/** The online search engine: Pagefind, with the Vietnamese re-ranking of src/lib/search. */
import { decodeFromIndex, encodeForIndex, phraseTier, queryForIndex } from '../../lib/search/text.ts';
import { rankSections } from '../../lib/search/sections.ts';
import { sitePath } from '../site.ts';
import type { FacetCounts, PageHit, SearchEngine } from './engine.ts';

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
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindResponse | null>;
}

// Each result costs a fragment fetch: re-rank the best twenty, not everything Pagefind found.
const MAX_PAGES = 20;

/** Facet counts with their values as the pages write them. */
const decodeCounts = (counts: FacetCounts): FacetCounts =>
  Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, Object.fromEntries(Object.entries(values).map(([value, count]) => [decodeFromIndex(value), count]))]));

export function pagefindEngine(): SearchEngine {
  let loaded: Promise<{ pagefind: Pagefind; all: FacetCounts }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ new URL(sitePath('/pagefind/pagefind.js'), location.href).href)) as Pagefind;
      // Results as site paths: link() puts them under the base path, once.
      await pagefind.options({ excerptLength: 36, baseUrl: '/' });
      await pagefind.init();
      // Filters must be loaded before a search, or its facet counts come back partial.
      return { pagefind, all: decodeCounts(await pagefind.filters()) };
    })());

  return {
    link: sitePath,
    facets: async () => (await load()).all,
    async search(query, selected) {
      const { pagefind } = await load();
      const filters = Object.fromEntries(
        [...selected].filter(([, values]) => values.size > 0).map(([facet, values]) => [facet, { any: [...values].map(encodeForIndex) }]),
      );
      const indexQuery = queryForIndex(query);
      const words = indexQuery.replace(/"/g, '').split(' ').filter(Boolean);
      const [response, phrase] = await Promise.all([
        pagefind.search(indexQuery, { filters }),
        words.length > 1 && !indexQuery.includes('"') ? pagefind.search(`"${words.join(' ')}"`, { filters }) : Promise.resolve(null),
      ]);
      if (!response) return { pages: [], counts: {} };
      const phraseIds = new Set(phrase?.results.map((result) => result.id) ?? []);
      const pages = await Promise.all(
        response.results.slice(0, MAX_PAGES).map(async (result): Promise<PageHit & { score: number }> => {
          const data = await result.data();
          const content = decodeFromIndex(data.content).normalize('NFC');
          const subResults = data.sub_results.filter((sub) => sub.url !== data.url || data.sub_results.length === 1);
          const sections = rankSections(content.split(/\s+/), subResults.map((sub) => ({ ...sub, title: decodeFromIndex(sub.title) })), query);
          const tier = Math.min(phraseTier(content, query), sections[0]?.tier ?? 2, phraseIds.has(result.id) ? 1 : 2);
          const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, decodeFromIndex(value)]));
          // A page matched only through word prefixes still links to its first section.
          const shown = sections.length > 0 ? sections : subResults.slice(0, 1).map((sub) => ({ url: sub.url, title: decodeFromIndex(sub.title), excerpt: '' }));
          return { url: data.url, meta, tier, sections: shown, score: result.score };
        }),
      );
      pages.sort((a, b) => a.tier - b.tier || b.score - a.score);
      return { pages, counts: decodeCounts(response.filters) };
    },
  };
}
