/** The offline copy's search engine: MiniSearch over the index shipped as a classic script. */
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, type OfflinePage, type OfflineSection } from '../../lib/search/offline-index.ts';
import { matchRanges, phraseTier } from '../../lib/search/text.ts';
import { excerptAround } from '../../lib/search/sections.ts';
import { relativeUrl } from '../../lib/browser/urls.ts';
import { inBatches, type FacetCounts, type PageHit, type SearchEngine } from './engine.ts';

export interface OfflineIndexData {
  index: ReturnType<MiniSearch['toJSON']>;
  pages: Record<string, OfflinePage>;
}

/** The excerpt around the first match, cut as online. */
function excerptOf(text: string, query: string): string {
  const [start] = matchRanges(text, query)[0] ?? [0];
  // The words before the match end with the one it starts in.
  const wordAt = text.slice(0, start).split(/\s+/).length - 1;
  return excerptAround(text.split(/\s+/), wordAt);
}

function countFacets(pages: Iterable<OfflinePage>): FacetCounts {
  const counts: FacetCounts = {};
  for (const page of pages) {
    for (const [facet, values] of Object.entries(page.filters)) {
      for (const value of values) {
        counts[facet] ??= {};
        counts[facet][value] = (counts[facet][value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** `here` is the search page's own path in the copy ("tim-kiem/index.html"). */
export function offlineEngine(data: OfflineIndexData, here: string): SearchEngine {
  const search = MiniSearch.loadJS<OfflineSection>(data.index, MINISEARCH_OPTIONS);
  const all = countFacets(Object.values(data.pages));
  return {
    link: (path) => relativeUrl(here, path),
    // The whole index is already in the page.
    prepare: () => undefined,
    facets: async () => all,
    async search(query, selected) {
      const accepts = (page: string) =>
        [...selected].every(([facet, values]) => values.size === 0 || (data.pages[page]?.filters[facet] ?? []).some((value) => values.has(value)));
      const hits = search.search(query, {
        combineWith: 'AND',
        prefix: (term, index, terms) => index === terms.length - 1 && term.length > 2,
      }).filter((hit) => accepts(String(hit.page)));
      const byPage = new Map<string, { score: number; sections: { url: string; title: string; text: string; tier: number; inTitle: boolean; score: number }[] }>();
      for (const hit of hits) {
        const page = String(hit.page);
        const text = String(hit.text);
        const title = String(hit.title);
        const entry = byPage.get(page) ?? { score: 0, sections: [] };
        entry.score += hit.score;
        entry.sections.push({ url: String(hit.url), title, text, tier: phraseTier(text, query), inTitle: phraseTier(title, query) < 2, score: hit.score });
        byPage.set(page, entry);
      }
      const pages: (PageHit & { score: number })[] = [...byPage].map(([page, entry]) => {
        const sections = entry.sections.sort((a, b) => a.tier - b.tier || Number(b.inTitle) - Number(a.inTitle) || b.score - a.score);
        return {
          url: page,
          meta: data.pages[page]?.meta ?? {},
          tier: Math.min(...sections.map((section) => section.tier)),
          score: entry.score,
          sections: sections.map((section) => ({ url: section.url, title: section.title, excerpt: excerptOf(section.text, query) })),
        };
      });
      pages.sort((a, b) => a.tier - b.tier || b.score - a.score);
      return { total: pages.length, counts: countFacets(pages.map((page) => data.pages[page.url]).filter(Boolean)), ...inBatches(pages) };
    },
  };
}
