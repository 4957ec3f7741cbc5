/**
 * The records of search with no network: the sections of every plan (from the outline made when
 * the plan was compiled) and the cited documents, and how MiniSearch indexes them in the browser,
 * with the same Vietnamese folding as the online search. They ship per province as a classic
 * script (integrations/offline-copy.ts), which a page opened from file:// can load.
 */
import { foldKeepingPositions } from './text.ts';
import { searchRecord } from './facets.ts';
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

/** Syllables of Vietnamese text: white space and punctuation split, so "36-NQ/TW" is 36, NQ, TW. */
function tokenize(text: string): string[] {
  return text.split(/[\s\-‐/,.;:!?()"“”'‘’[\]{}<>…·›]+/u).filter(Boolean);
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

export const MINISEARCH_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['url', 'page', 'title', 'text'],
  tokenize,
  processTerm,
  searchOptions: { boost: { title: 2 } },
};

/** The offline search's records, made from the library and each plan's outline, never from HTML. */
export interface OfflineRecords {
  pages: Record<string, OfflinePage>;
  sections: OfflineSection[];
}

/**
 * One record per page that the site indexes for search (plans and cited documents), with the
 * page's meta and filters, and one section per section of a plan (its own text), so that a
 * result leads to the place in the plan.
 */
export function offlineRecords(library: Library, t: Translate): OfflineRecords {
  const pages: Record<string, OfflinePage> = {};
  const sections: OfflineSection[] = [];
  for (const { id, data } of library.plans) {
    const page = library.node(id)!.url;
    const record = searchRecord(library, id, t);
    pages[page] = record;
    const outline = library.annotations.get(id)?.outline;
    sections.push({ id: page, url: page, page, title: record.meta.title, text: [data.title, outline?.preamble ?? ''].join(' ').trim() });
    for (const section of outline?.sections ?? []) {
      if (section.text) sections.push({ id: `${page}#${section.id}`, url: `${page}#${section.id}`, page, title: section.title, text: section.text });
    }
  }
  for (const { id, data } of library.documents) {
    const page = library.node(id)!.url;
    const record = searchRecord(library, id, t);
    pages[page] = record;
    sections.push({ id: page, url: page, page, title: record.meta.title, text: [record.meta.title, data.title ?? '', data.known].join(' ').trim() });
  }
  return { pages, sections };
}
