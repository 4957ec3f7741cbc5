/**
 * Search with no network: MiniSearch over the records of one or more provinces (a portable copy
 * ships its province's; a reader's device holds those of the provinces it saved), indexed when
 * the search page opens.
 */
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, type OfflinePage, type OfflineRecords, type OfflineSection } from '../../lib/search/offline-index.ts';
import { matchRanges, phraseTier } from '../../lib/search/text.ts';
import { excerptAround } from '../../lib/search/sections.ts';
import { inBatches, type FacetCounts, type PageHit, type SearchEngine } from './engine.ts';

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

/**
 * `link` makes a site path into a link from the search page: relative in a copy opened from a
 * disk, as it is on the site. Two provinces' records may share a page (the documents above
 * both): it is indexed once.
 */
export function offlineEngine(indexes: OfflineRecords[], link: (path: string) => string): SearchEngine {
  const data = { pages: Object.assign({}, ...indexes.map((index) => index.pages)) as Record<string, OfflinePage> };
  const search = new MiniSearch<OfflineSection>(MINISEARCH_OPTIONS);
  search.addAll([...new Map(indexes.flatMap((index) => index.sections).map((section) => [section.id, section])).values()]);
  const all = countFacets(Object.values(data.pages));
  return {
    link,
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
