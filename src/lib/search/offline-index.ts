/**
 * The search index of the offline copy: MiniSearch over the sections of every indexed page,
 * built from the pages the site publishes (so it holds exactly their text), with the same
 * Vietnamese folding as the online search. Opened from file://, it ships as a classic script.
 */
import MiniSearch from 'minisearch';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { blocks, headingDepth } from '../print-sections.ts';
import { foldKeepingPositions } from './text.ts';

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

function find(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (current: Root | Element) => {
    for (const child of current.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

const text = (node: RootContent | Element) => toText(node as Element).replace(/\s+/g, ' ').trim();

/** Whether a page marks text to index (data-pagefind-body): plans and cited documents do. */
export const isIndexed = (html: string) => html.includes('data-pagefind-body');

/** The search record of one published page: its meta and filters, and its sections. */
function readPage(path: string, html: string): { page: OfflinePage; sections: OfflineSection[] } | null {
  if (!isIndexed(html)) return null;
  const tree = fromHtml(html);
  const bodies = find(tree, (element) => element.properties.dataPagefindBody !== undefined);
  if (bodies.length === 0) return null;
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  for (const element of find(tree, (candidate) => candidate.properties.dataPagefindMeta !== undefined)) {
    meta[String(element.properties.dataPagefindMeta)] = text(element);
  }
  for (const element of find(tree, (candidate) => candidate.properties.dataPagefindFilter !== undefined)) {
    const facet = String(element.properties.dataPagefindFilter);
    (filters[facet] ??= []).push(text(element));
  }
  const sections: OfflineSection[] = [];
  let current: OfflineSection = { id: path, url: path, page: path, title: meta.title ?? path, text: '' };
  const flush = () => {
    if (current.text) sections.push({ ...current, text: current.text.trim() });
  };
  for (const body of bodies) {
    for (const block of blocks(body.children)) {
      if (headingDepth(block) !== null) {
        flush();
        const id = String((block as Element).properties.id);
        current = { id: `${path}#${id}`, url: `${path}#${id}`, page: path, title: text(block), text: '' };
      } else {
        current.text += ` ${text(block)}`;
      }
    }
  }
  flush();
  return { page: { meta, filters }, sections };
}

/** The index and page records for the offline copy, ready to be written as a script. */
export function buildOfflineIndex(pages: { path: string; html: string }[]) {
  const search = new MiniSearch<OfflineSection>(MINISEARCH_OPTIONS);
  const records: Record<string, OfflinePage> = {};
  for (const { path, html } of pages) {
    const read = readPage(path, html);
    if (!read) continue;
    records[path] = read.page;
    search.addAll(read.sections);
  }
  return { index: search.toJSON(), pages: records };
}
