/**
 * The body of a plan as headings, paragraphs and list items, and where its tasks begin and end.
 *
 * Numbering makes the headings: "I." a part (##), "1." a section (###), "2.1." a subsection
 * (####). A numbered block that reads as a title (short, no sentence inside) is a heading; one
 * that reads as prose ("1. Ban Tuyên giáo Tỉnh ủy chủ trì …") stays a numbered paragraph, and one
 * with a titled opening ("4.1. Về lĩnh vực y dược: …") gets that opening in bold.
 *
 * Tasks: in the part of tasks and solutions, each numbered section, or each subsection where a
 * section has them (its opening paragraphs then make a task of their own); in the part on
 * organising the work, each numbered item, and each unnumbered paragraph that opens with the
 * bodies it assigns.
 */
import { foldVietnamese } from '../model/vietnamese.ts';
import type { SourceBlock } from './source-lines.ts';

export interface BodyItem {
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
  /** Heading depth (2–6); 0 for paragraphs and list items. */
  depth: number;
  /** The section number ("III", "2.1", "a"), or null. */
  number: string | null;
  /** A titled opening to set in bold ("4.1. Về lĩnh vực y dược:"), or null. */
  boldLead: string | null;
  line: number;
}

export type PartKind = 'tasks' | 'organisation' | 'other';

/** A run of items [start, end) making one task. */
export interface TaskSpan {
  start: number;
  end: number;
  part: PartKind;
}

const ROMAN = /^([IVX]+)\s*[.\-–]\s/u;
const ARABIC = /^(\d+(?:\.\d+)*)\.?\s/u;
const LETTER = /^([a-zđ])\)\s/u;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function numberOf(text: string): { number: string; kind: 'roman' | 'arabic' | 'letter' } | null {
  const roman = ROMAN.exec(text);
  if (roman) return { number: roman[1], kind: 'roman' };
  const arabic = ARABIC.exec(text);
  // "2023 của Bộ Chính trị" is not a section: a single number needs its dot.
  if (arabic && (arabic[1].includes('.') || /^\d+\.\s/u.test(text)) && Number(arabic[1].split('.')[0]) < 100) return { number: arabic[1], kind: 'arabic' };
  const letter = LETTER.exec(text);
  if (letter) return { number: letter[1], kind: 'letter' };
  return null;
}

export function bodyItems(blocks: readonly SourceBlock[]): BodyItem[] {
  const items: BodyItem[] = [];
  let lastDepth = 2;
  blocks.forEach((block, index) => {
    const numbered = numberOf(block.text);
    const next = blocks[index + 1];
    const base = { text: block.text, number: numbered?.number ?? null, boldLead: null, line: block.line };
    if (block.bullet) {
      items.push({ ...base, kind: 'bullet', depth: 0 });
    } else if (numbered?.kind === 'roman') {
      items.push({ ...base, kind: 'heading', depth: (lastDepth = 2) });
    } else if (numbered?.kind === 'arabic') {
      const depth = Math.min(6, 2 + numbered.number.split('.').length);
      const titled = /^(\S+\s(?:[^:.;]{1,80}?)):\s+\S/u.exec(block.text);
      if (titled && wordCount(titled[1]) <= 14) {
        items.push({ ...base, kind: 'paragraph', depth: 0, boldLead: titled[1] + ':' });
      } else if (readsAsTitle(block.text, next)) {
        items.push({ ...base, kind: 'heading', depth: (lastDepth = depth) });
      } else {
        items.push({ ...base, kind: 'paragraph', depth: 0 });
      }
    } else if (block.bold && !numbered && wordCount(block.text) <= 12 && !/[.;]$/u.test(block.text)) {
      items.push({ ...base, kind: 'heading', depth: Math.min(6, lastDepth + 1) });
    } else {
      items.push({ ...base, kind: 'paragraph', depth: 0 });
    }
  });
  return items;
}

/** A title: short, no sentence inside, and prose (not the next item) under it unless it has no full stop. */
function readsAsTitle(numberedText: string, next: SourceBlock | undefined): boolean {
  const text = numberedText.replace(ARABIC, '');
  if (wordCount(text) > 50 || /[.;!?]\s+\p{Lu}/u.test(text) || /;$/u.test(text)) return false;
  if (!/[.]$/u.test(text)) return true;
  return Boolean(next && (next.bullet || !numberOf(next.text)));
}

function partKind(heading: string): PartKind {
  const folded = foldVietnamese(heading).toLowerCase();
  // "TỔ CHỨC" alone: scans mangle the rest ("TỎ CHỨC Tỉỉực HIỆN").
  if (/to chuc/.test(folded)) return 'organisation';
  if (/nhiem vu|giai phap/.test(folded)) return 'tasks';
  return 'other';
}

/**
 * The task spans of the body. `opensWithBodies` tells whether an unnumbered paragraph of the
 * organisation part opens by naming the bodies it assigns ("Các ban cán sự đảng … tổ chức …").
 */
export function taskSpans(items: readonly BodyItem[], opensWithBodies: (text: string) => boolean): TaskSpan[] {
  const spans: TaskSpan[] = [];
  const parts: { kind: PartKind; start: number; end: number }[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'heading' && item.depth === 2) {
      parts.at(-1) && (parts.at(-1)!.end = index);
      parts.push({ kind: partKind(item.text), start: index + 1, end: items.length });
    }
  });
  for (const part of parts) {
    if (part.kind === 'tasks') spans.push(...sectionTasks(items, part.start, part.end));
    if (part.kind === 'organisation') spans.push(...organisationTasks(items, part.start, part.end, opensWithBodies));
  }
  return spans;
}

const sectionDepthOf = (item: BodyItem) => (item.number && /^\d/.test(item.number) ? item.number.split('.').length : null);

function sectionTasks(items: readonly BodyItem[], start: number, end: number): TaskSpan[] {
  const spans: TaskSpan[] = [];
  const sectionStarts = range(start, end).filter((index) => sectionDepthOf(items[index]) === 1);
  sectionStarts.forEach((sectionStart, position) => {
    const sectionEnd = sectionStarts[position + 1] ?? end;
    const subStarts = range(sectionStart + 1, sectionEnd).filter((index) => (sectionDepthOf(items[index]) ?? 0) >= 2);
    if (subStarts.length === 0) {
      spans.push({ start: sectionStart, end: sectionEnd, part: 'tasks' });
      return;
    }
    // Opening paragraphs under the section's heading, before its first subsection, are a task too.
    const introStart = items[sectionStart].kind === 'heading' ? sectionStart + 1 : sectionStart;
    if (subStarts[0] > introStart) spans.push({ start: introStart, end: subStarts[0], part: 'tasks' });
    subStarts.forEach((subStart, subPosition) => spans.push({ start: subStart, end: subStarts[subPosition + 1] ?? sectionEnd, part: 'tasks' }));
  });
  return spans;
}

function organisationTasks(items: readonly BodyItem[], start: number, end: number, opensWithBodies: (text: string) => boolean): TaskSpan[] {
  const spans: TaskSpan[] = [];
  let closed = false;
  for (let index = start; index < end; index++) {
    const item = items[index];
    const numbered = sectionDepthOf(item) === 1;
    // Closing words after the last item ("(Có Danh mục …)", "UBND tỉnh yêu cầu …") assign nothing.
    if (!numbered && item.kind === 'paragraph' && (/^\(/u.test(item.text) || /^[^,.;]{3,60}?\s(?:yêu cầu|đề nghị)\s/u.test(item.text))) closed = true;
    if (numbered) closed = false;
    if (closed) continue;
    const opens = numbered || (item.kind === 'paragraph' && opensWithBodies(item.text));
    const current = spans.at(-1);
    if (opens) spans.push({ start: index, end: index + 1, part: 'organisation' });
    else if (current && current.end === index) current.end = index + 1;
  }
  return spans;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
