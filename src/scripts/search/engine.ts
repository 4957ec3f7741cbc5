/** What the search page needs from an index: Pagefind online, MiniSearch in the offline copy. */

export interface SectionHitView {
  /** Site path with the section's anchor ("/van-ban/x/#iii-2"). */
  url: string;
  title: string;
  /** Plain text around the best match. */
  excerpt: string;
}

export interface PageHit {
  /** Site path of the document. */
  url: string;
  /** title, number, level, locality: what the result line shows. */
  meta: Record<string, string>;
  /** How well it answers: TIER of src/lib/search/match.ts (0 the phrase as typed … 4 some words). */
  tier: number;
  sections: SectionHitView[];
}

/** Facet → value → how many documents. Values are written as on the pages (with đ). */
export type FacetCounts = Record<string, Record<string, number>>;

/** Results come a batch at a time: online, each result costs a fetch of its page's text. */
export interface ResultBatch {
  pages: PageHit[];
  /** The batch after this one, or null at the end. */
  next: (() => Promise<ResultBatch>) | null;
}

export interface SearchOutcome extends ResultBatch {
  /** How many documents match in all. */
  total: number;
  /** Facet → value → how many of the matching documents have it. */
  counts: FacetCounts;
}

export const RESULTS_PER_BATCH = 10;

/** Results already ranked, served a batch at a time. */
export function inBatches(pages: PageHit[], from = 0): ResultBatch {
  const end = from + RESULTS_PER_BATCH;
  return { pages: pages.slice(from, end), next: end < pages.length ? async () => inBatches(pages, end) : null };
}

export interface SearchEngine {
  /** Every facet value in the index, with its count over all documents. */
  facets(): Promise<FacetCounts>;
  /** Documents matching the query and the selected facet values, best first. */
  search(query: string, selected: ReadonlyMap<string, ReadonlySet<string>>): Promise<SearchOutcome>;
  /** Starts loading what a search will need (the index, the chunks of the words typed so far) while the reader types. */
  prepare(typed: string): void;
  /** A site path as a link that works from the search page. */
  link(path: string): string;
}
