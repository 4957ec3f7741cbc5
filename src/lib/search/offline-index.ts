/**
 * The records of search with no network: the sections of every plan and the cited documents
 * (page-text.ts), and how MiniSearch indexes them in the browser, syllable by syllable and folded
 * as the ranking reads them. They ship per province as a classic script
 * (integrations/offline-copy.ts), which a page opened from file:// can load.
 */
import { foldKeepingPositions, syllableWords } from './text.ts';
import { searchFacts } from './facets.ts';
import { pageSections } from './page-text.ts';
import type { Library } from '../model/library.ts';
import type { Translate } from '../../i18n/t.ts';

export interface OfflineSection {
  id: string;
  /** Site path of the section ("/van-ban/x/#iii-2"), or of the page for its opening text. */
  url: string;
  /** Site path of the page the section belongs to. */
  page: string;
  title: string;
  text: string;
}

export interface OfflinePage {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}


// The plans share one vocabulary of a few thousand syllables: fold each once.
const foldedTerms = new Map<string, string>();

/** A syllable as the index keeps it: lower case, tone marks folded, đ as d. */
function processTerm(term: string): string {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    folded = foldKeepingPositions(term.normalize('NFC'));
    if (foldedTerms.size < 100_000) foldedTerms.set(term, folded);
  }
  return folded;
}

/** MiniSearch only tells which sections hold a syllable; rank.ts orders what it finds. */
export const MINISEARCH_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['page'],
  // The syllables of a text as the ranking reads them: "36-NQ/TW" is 36, NQ, TW, "vắc-xin" vắc, xin.
  tokenize: syllableWords,
  processTerm,
};

/** The offline search's records, made from the library and each plan's outline, never from HTML. */
export interface OfflineRecords {
  pages: Record<string, OfflinePage>;
  sections: OfflineSection[];
}

/**
 * One record per page that the site indexes for search (plans and cited documents), with the
 * page's meta and filters, and its sections, so that a result leads to the place in the plan.
 */
export function offlineRecords(library: Library, t: Translate): OfflineRecords {
  const pages: Record<string, OfflinePage> = {};
  const sections: OfflineSection[] = [];
  for (const { id } of [...library.plans, ...library.documents]) {
    const page = library.node(id)!.url;
    const { meta, filters } = searchFacts(library, id, t);
    pages[page] = { meta, filters };
    for (const section of pageSections(library, id, meta.title)) sections.push({ ...section, id: section.url, page });
  }
  return { pages, sections };
}
