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
  /** 0 phrase with tones, 1 phrase, 2 words apart. */
  tier: number;
  sections: SectionHitView[];
}

/** Facet → value → how many documents. Values are written as on the pages (with đ). */
export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchEngine {
  /** Every facet value in the index, with its count over all documents. */
  facets(): Promise<FacetCounts>;
  /** Documents matching the query and the selected facet values, best first. */
  search(query: string, selected: ReadonlyMap<string, ReadonlySet<string>>): Promise<{ pages: PageHit[]; counts: FacetCounts }>;
  /** A site path as a link that works from the search page. */
  link(path: string): string;
}
