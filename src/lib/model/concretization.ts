/**
 * How a plan carries down the plan it implements ("cụ thể hóa"): each of its sections matched to
 * the parent's section it comes from, or to none, and classed.
 *
 * Text is compared as shingles: runs of five syllables, tone marks folded and case ignored, as
 * the DOMAIN brief measures 000 against 002. A child section is matched to the parent section
 * holding the largest share of its shingles; that share classes it (nearly word for word,
 * adapted, or new at this level). A parent section that no child section comes from and whose
 * shingles the child's text hardly holds was not carried down. Each pair costs the size of the
 * two texts: the library aligns in time that grows with its size, never with its square.
 */
import { diffArrays } from 'diff';
import type { Outline, OutlineSection } from '../compile/outline.ts';
import { foldVietnamese } from './vietnamese.ts';

export const SHINGLE_SYLLABLES = 5;
/** A child section holding this share of its parent section's shingles is carried over nearly word for word. */
export const KEPT_SHARE = 0.95;
/** Below this share a child section is new at its level; a parent section, not carried down. */
export const ADAPTED_SHARE = 0.25;

export type AlignmentClass = 'kept' | 'adapted' | 'new' | 'dropped';

export interface AlignedSection {
  id: string;
  title: string;
}

export interface SectionPair {
  child: AlignedSection | null;
  parent: AlignedSection | null;
  class: AlignmentClass;
  /** Share of the child section's shingles found in the parent section (of the parent's in the child, for a dropped one). */
  share: number;
}

export interface PlanAlignment {
  /** Share of the child's shingles (all its sections) found anywhere in the parent's sections. */
  sharedShare: number;
  /** Child sections in reading order with their match; the parent's sections not carried down after them. */
  rows: SectionPair[];
}

/** Folded syllables of a text: "Đẩy mạnh" → ["day", "manh"]. */
export function syllables(text: string): string[] {
  return foldVietnamese(text.toLowerCase()).split(/[^a-z0-9]+/u).filter(Boolean);
}

function shingles(text: string): Set<string> {
  const words = syllables(text);
  const result = new Set<string>();
  for (let at = 0; at + SHINGLE_SYLLABLES <= words.length; at++) result.add(words.slice(at, at + SHINGLE_SYLLABLES).join(' '));
  return result;
}

const sectionText = (section: OutlineSection) => `${section.title} ${section.text}`;
/** A heading's words without its number: "II- MỤC TIÊU" and "II. MỤC TIÊU" read alike. */
const titleWords = (section: OutlineSection) => syllables(section.title.replace(/^[\dIVX.\-–)\s]+/u, '')).join(' ');
function shareIn(part: Set<string>, whole: { has(shingle: string): boolean }): number {
  let found = 0;
  for (const shingle of part) if (whole.has(shingle)) found++;
  return part.size === 0 ? 0 : found / part.size;
}

/** A plan's sections with their shingles, made once per plan: a province's plan is the parent of many. */
export interface ShingledOutline {
  sections: { section: OutlineSection; shingles: Set<string> }[];
  /** Each shingle → the positions of the sections holding it. */
  sectionsWith: Map<string, number[]>;
}

export function shingleOutline(outline: Outline): ShingledOutline {
  const sections = outline.sections.map((section) => ({ section, shingles: shingles(sectionText(section)) }));
  const sectionsWith = new Map<string, number[]>();
  sections.forEach(({ shingles: own }, position) => {
    for (const shingle of own) sectionsWith.set(shingle, [...(sectionsWith.get(shingle) ?? []), position]);
  });
  return { sections, sectionsWith };
}

/** Aligns a child plan's sections with its parent's. */
export function alignPlans(child: ShingledOutline, parent: ShingledOutline): PlanAlignment {
  const { sections: childSections, sectionsWith: inChild } = child;
  const { sections: parentSections, sectionsWith: inParent } = parent;

  const matched = new Set<string>();
  const rows: SectionPair[] = childSections.map(({ section, shingles: own }) => {
    // A heading with no text of its own ("II. MỤC TIÊU") is too short to shingle: its title decides.
    if (own.size === 0) {
      const same = parentSections.find((candidate) => titleWords(candidate.section) === titleWords(section));
      if (!same) return { child: brief(section), parent: null, class: 'new', share: 0 };
      matched.add(same.section.id);
      return { child: brief(section), parent: brief(same.section), class: 'kept', share: 1 };
    }
    // One pass over the section's shingles counts them in every parent section at once.
    const found = new Map<number, number>();
    for (const shingle of own) for (const position of inParent.get(shingle) ?? []) found.set(position, (found.get(position) ?? 0) + 1);
    let bestSection: OutlineSection | null = null;
    let bestShare = 0;
    for (const [position, count] of found) {
      if (count / own.size > bestShare) [bestSection, bestShare] = [parentSections[position].section, count / own.size];
    }
    if (!bestSection || bestShare < ADAPTED_SHARE) return { child: brief(section), parent: null, class: 'new', share: bestShare };
    matched.add(bestSection.id);
    return { child: brief(section), parent: brief(bestSection), class: bestShare >= KEPT_SHARE ? 'kept' : 'adapted', share: bestShare };
  });
  for (const { section, shingles: own } of parentSections) {
    if (matched.has(section.id)) continue;
    const share = shareIn(own, inChild);
    if (share < ADAPTED_SHARE) rows.push({ child: null, parent: brief(section), class: 'dropped', share });
  }
  return { sharedShare: shareIn(new Set(inChild.keys()), inParent), rows };
}

const brief = (section: OutlineSection): AlignedSection => ({ id: section.id, title: section.title });

/** One run of a word-level comparison: words both have, or only the parent, or only the child. */
export interface WordChange {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/** What changed, word by word, from a parent section's text to the child's ("tỉnh" → "huyện"). */
export function wordChanges(parentText: string, childText: string): WordChange[] {
  const words = (text: string) => text.split(/\s+/u).filter(Boolean);
  return diffArrays(words(parentText), words(childText), { comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }).map((part) => ({
    text: part.value.join(' '),
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
