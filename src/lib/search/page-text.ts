/**
 * A page's text as search holds it, from the library and each plan's outline, never from HTML:
 * its opening (the title and what stands before the first section), then each section with its
 * own text. The offline index is made of these records, and the online engine cuts Pagefind's
 * text of a page into the same ones (scripts/search/pagefind-engine.ts), so both rank alike.
 */
import type { Library } from '../model/library.ts';
import type { SectionRecord } from './rank.ts';

/** The records of plan or cited document `id`, whose result line is titled `title`. */
export function pageSections(library: Library, id: string, title: string): SectionRecord[] {
  const url = library.node(id)!.url;
  const plan = library.plan(id);
  if (!plan) {
    const doc = library.documents.find((entry) => entry.id === id)!;
    return [{ url, title, text: [title, doc.data.title ?? '', doc.data.known].join(' ').trim() }];
  }
  const outline = library.annotations.get(id)?.outline;
  return [
    { url, title, text: [plan.data.title, outline?.preamble ?? ''].join(' ').trim() },
    // A section with no text of its own (a part's heading before its first subsection) is a record too: its heading is searched.
    ...(outline?.sections ?? []).map((section) => ({ url: `${url}#${section.id}`, title: section.title, text: section.text })),
  ];
}

/**
 * The id of the hidden element that holds a page's other forms of its names (SearchRecord):
 * indexed by Pagefind, and cut out of the text again before the ranking reads it.
 */
export const OTHER_FORMS_ID = 'cach-viet-khac';
