/**
 * Search with no network: MiniSearch over the records of one or more provinces (a portable copy
 * ships its province's; a reader's device holds those of the provinces it saved), indexed when
 * the search page opens. It says which pages hold the words; src/lib/search/rank.ts orders them,
 * as it orders Pagefind's online.
 */
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, type OfflinePage, type OfflineRecords, type OfflineSection } from '../../lib/search/offline-index.ts';
import { parseQuery } from '../../lib/search/query.ts';
import { rankPages, type PageRecord } from '../../lib/search/rank.ts';
import { inBatches, type FacetCounts, type SearchEngine } from './engine.ts';

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
  const pages = Object.assign({}, ...indexes.map((index) => index.pages)) as Record<string, OfflinePage>;
  const sections = [...new Map(indexes.flatMap((index) => index.sections).map((section) => [section.id, section])).values()];
  const search = new MiniSearch<OfflineSection>(MINISEARCH_OPTIONS);
  search.addAll(sections);
  const records = new Map<string, PageRecord>();
  for (const { page, url, title, text } of sections) {
    if (!records.has(page)) records.set(page, { url: page, meta: pages[page]?.meta ?? {}, sections: [] });
    records.get(page)!.sections.push({ url, title, text });
  }
  const all = countFacets(Object.values(pages));

  /** The pages that hold a syllable, whole (no prefixes: "tu" is not "tuyên"). */
  const pagesWith = (syllable: string) => new Set(search.search(syllable, { prefix: false, fuzzy: false }).map((hit) => String(hit.page)));

  return {
    link,
    // The whole index is already in the page.
    prepare: () => undefined,
    facets: async () => all,
    async search(typed, selected) {
      const query = parseQuery(typed);
      // Pages holding every syllable of one saying of the query, in any of their sections, as Pagefind finds them.
      const found = new Set<string>();
      for (const saying of query.sayings) {
        const [first, ...rest] = [...new Set(saying.syllables)].map(pagesWith);
        for (const page of first ?? []) if (rest.every((holding) => holding.has(page))) found.add(page);
      }
      const accepts = (page: string, leaveOut?: string) =>
        [...selected].every(([facet, values]) => facet === leaveOut || values.size === 0 || (pages[page]?.filters[facet] ?? []).some((value) => values.has(value)));
      const ranked = rankPages([...found].map((page) => records.get(page)!), query);
      const shown = ranked.filter((page) => accepts(page.url));
      const counts = countFacets(shown.map((page) => pages[page.url]));
      // A facet in use counts its values as if it were not: the reader can add a second value.
      for (const [facet, values] of selected) {
        if (values.size > 0) counts[facet] = countFacets(ranked.filter((page) => accepts(page.url, facet)).map((page) => pages[page.url]))[facet] ?? {};
      }
      return {
        total: shown.length,
        counts,
        ...inBatches(shown.map((page) => ({ ...page, sections: page.sections.map(({ url, title, excerpt }) => ({ url, title, excerpt })) }))),
      };
    },
  };
}
