/**
 * The online search engine: Pagefind says which pages hold the words; the page's text, cut into
 * the same section records as the offline index, is ranked by src/lib/search/rank.ts.
 */
import { decodeFromIndex, encodeForIndex } from '../../lib/search/text.ts';
import { indexQuery, parseQuery } from '../../lib/search/query.ts';
import { nearSpan } from '../../lib/search/match.ts';
import { rankPages, type PageRecord, type RankedPage, type SectionRecord } from '../../lib/search/rank.ts';
import { OTHER_FORMS_ID } from '../../lib/search/page-text.ts';
import { routes } from '../../lib/model/routes.ts';
import { RESULTS_PER_BATCH, type FacetCounts, type ResultBatch, type SearchEngine, type SearchOutcome } from './engine.ts';

interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  /** Position in the page's content (content split on white space) where the element begins. */
  location: number;
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
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
/**
 * How many pages the first results are chosen from: those Pagefind finds where the words can
 * stand together come first, and the ranking picks the best of them.
 */
const FIRST_POOL = 2 * RESULTS_PER_BATCH;
const NO_RESULTS: SearchOutcome = { total: 0, counts: {}, pages: [], next: null };
/** Blocks that close a plan (components Recipients and Signature): the last section does not run into them. */
const CLOSING_IDS = new Set(['noi-nhan', 'chu-ky']);

/** Facet counts with their values as the pages write them. */
const decodeCounts = (counts: FacetCounts): FacetCounts =>
  Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, Object.fromEntries(Object.entries(values).map(([value, count]) => [decodeFromIndex(value), count]))]));

/**
 * How close the matched words stand in a page, from the positions Pagefind sends with every
 * result (no fetch): 0 where `wordCount` of them stand side by side (a phrase can be there), 1
 * where they stand near each other, 2 otherwise. The words themselves are read once the text is fetched.
 */
function closeness(positions: readonly number[], wordCount: number): number {
  if (wordCount <= 1) return 0;
  let best = 2;
  for (let i = 0; i + wordCount - 1 < positions.length && best > 0; i += 1) {
    const stretch = positions[i + wordCount - 1] - positions[i] + 1;
    if (stretch === wordCount) best = 0;
    else if (stretch <= nearSpan(wordCount)) best = 1;
  }
  return best;
}

/**
 * Pagefind's text of a page cut into the records of page-text.ts: its opening, then a record at
 * each heading. The other forms of its names (SearchRecord) are left out: they are for the index.
 */
export function pageRecord(data: PagefindData): PageRecord {
  const words = decodeFromIndex(data.content).normalize('NFC').split(/\s+/);
  const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, decodeFromIndex(value)]));
  const otherForms = data.anchors.find((anchor) => anchor.id === OTHER_FORMS_ID);
  if (otherForms) words.splice(otherForms.location, otherForms.text.split(/\s+/).filter(Boolean).length);
  const shift = (location: number) => (otherForms && location > otherForms.location ? location - otherForms.text.split(/\s+/).filter(Boolean).length : location);
  const starts = data.anchors
    .filter((anchor) => /^h[2-6]$/.test(anchor.element) || CLOSING_IDS.has(anchor.id))
    .map((anchor) => ({ ...anchor, location: shift(anchor.location), text: decodeFromIndex(anchor.text).normalize('NFC') }))
    .sort((a, b) => a.location - b.location);
  const sections: SectionRecord[] = [{ url: data.url, title: meta.title ?? '', text: words.slice(0, starts[0]?.location ?? words.length).join(' ') }];
  starts.forEach((anchor, index) => {
    if (CLOSING_IDS.has(anchor.id)) return;
    const from = anchor.location + anchor.text.split(/\s+/).filter(Boolean).length;
    sections.push({ url: `${data.url}#${anchor.id}`, title: anchor.text, text: words.slice(from, starts[index + 1]?.location ?? words.length).join(' ') });
  });
  return { url: data.url, meta, sections };
}

export function pagefindEngine(): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ new URL(routes.pathWithBase('/pagefind/pagefind.js'), location.href).href)) as Pagefind;
      // Results as paths of the site without the base: link() puts them under it, once.
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })());
  // Pagefind counts a search's facets only over the filter values it has loaded: they are all
  // loaded once, from the start, alongside whatever else the page fetches.
  let allFilters: Promise<FacetCounts> | undefined;
  const loadFilters = () => (allFilters ??= load().then(async (pagefind) => decodeCounts(await pagefind.filters())));

  const filtersOf = (selected: ReadonlyMap<string, ReadonlySet<string>>, leaveOut?: string): PagefindFilters =>
    Object.fromEntries([...selected].filter(([facet, values]) => values.size > 0 && facet !== leaveOut).map(([facet, values]) => [facet, { any: [...values].map(encodeForIndex) }]));

  async function run(typed: string, selected: ReadonlyMap<string, ReadonlySet<string>>): Promise<SearchOutcome> {
    const pagefind = await load();
    const query = parseQuery(typed);
    const asked = indexQuery(query);
    if (!asked) return NO_RESULTS;
    const filters = filtersOf(selected);
    // The query's part of the index is fetched while the filters finish loading, not after.
    await Promise.all([loadFilters(), pagefind.preload(asked, { filters })]);
    const response = await pagefind.search(asked, { filters });
    if (!response) return NO_RESULTS;
    // A facet in use counts its values as if it were not: the reader can add a second value.
    const counts = decodeCounts(response.filters);
    const inUse = [...selected.keys()].filter((facet) => (selected.get(facet)?.size ?? 0) > 0);
    const withoutEach = await Promise.all(inUse.map((facet) => pagefind.search(asked, { filters: filtersOf(selected, facet) })));
    inUse.forEach((facet, index) => {
      const without = withoutEach[index];
      if (without) counts[facet] = decodeCounts(without.filters)[facet] ?? {};
    });
    const wordCount = asked.split(' ').length;
    // Stable: equals keep Pagefind's order.
    const candidates = response.results
      .map((result, order) => ({ result, order, closeness: closeness(result.words, wordCount) }))
      .sort((a, b) => a.closeness - b.closeness || a.order - b.order)
      .map(({ result }) => result);
    let fetched = 0;
    let notAnswering = 0;
    const ranked: RankedPage[] = [];
    // Pages are fetched and ranked a pool at a time; a batch shows the best of what is ranked.
    const batch = async (): Promise<ResultBatch> => {
      while (ranked.length < RESULTS_PER_BATCH && fetched < candidates.length) {
        const pool = candidates.slice(fetched, fetched + (fetched === 0 ? FIRST_POOL : RESULTS_PER_BATCH));
        fetched += pool.length;
        const records = await Promise.all(pool.map(async (result) => pageRecord(await result.data())));
        const answering = rankPages(records, query);
        notAnswering += records.length - answering.length;
        ranked.push(...answering);
      }
      const pages = ranked.splice(0, RESULTS_PER_BATCH).map((page) => ({ ...page, sections: page.sections.map(({ url, title, excerpt }) => ({ url, title, excerpt })) }));
      return { pages, next: ranked.length > 0 || fetched < candidates.length ? batch : null };
    };
    const first = await batch();
    return { total: candidates.length - notAnswering, counts, ...first };
  }

  const remembered = new Map<string, Promise<SearchOutcome>>();
  return {
    link: routes.pathWithBase,
    prepare(typed) {
      const asked = indexQuery(parseQuery(typed));
      // A failure here shows when the reader searches; preparing is only a head start.
      loadFilters().catch(() => undefined);
      load()
        .then((pagefind) => (asked ? pagefind.preload(asked) : undefined))
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
