/**
 * The task groups of Resolution 36-NQ/TW as each plan takes them up. A plan's part III (its tasks
 * and solutions) mirrors the resolution's groups section by section: a section whose heading holds
 * a group's words is mapped to it from the text; a plan's `taskGroups` records an editor's judgment
 * for a section the words do not settle, with its grounds, and it replaces what the words say.
 */
import type { Outline, OutlineSection } from '../compile/outline.ts';
import type { PlanData } from '../../schemas/plan.ts';
import { foldVietnamese } from './vietnamese.ts';
import { occurrences } from './annotation-checks.ts';

export interface GroupTerms {
  id: string;
  terms: readonly string[];
}

/** One group a section is mapped to: from the heading's words, or by judgment with grounds. */
export interface GroupLink {
  group: string;
  /** The heading's words that place it there; null for a judgment. */
  terms: string[] | null;
  /** The editor's grounds; null when the words decide. */
  grounds: string | null;
}

export interface GroupedSection {
  id: string;
  title: string;
  groups: GroupLink[];
}

/** The numbered sections of the part on tasks and solutions ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"). */
export function taskSections(outline: Outline): OutlineSection[] {
  const part = outline.sections.find((section) => section.depth === 2 && /nhiem vu|giai phap/.test(foldVietnamese(section.title).toLowerCase()));
  if (!part) return [];
  const childDepth = Math.min(...outline.sections.filter((section) => section.parents.at(-1) === part.id).map((section) => section.depth));
  return outline.sections.filter((section) => section.parents.at(-1) === part.id && section.depth === childDepth);
}

export function sectionGroups(outline: Outline, groups: readonly GroupTerms[], judgments: PlanData['taskGroups']): GroupedSection[] {
  return taskSections(outline).map((section) => {
    const judged = judgments.find((judgment) => judgment.section === section.id);
    if (judged) return { id: section.id, title: section.title, groups: judged.groups.map((group) => ({ group, terms: null, grounds: judged.grounds })) };
    const heading = section.title.normalize('NFC').toLowerCase();
    const links = groups.flatMap((group) => {
      const terms = group.terms.filter((term) => occurrences(heading, term.toLowerCase()).length > 0);
      return terms.length > 0 ? [{ group: group.id, terms, grounds: null }] : [];
    });
    return { id: section.id, title: section.title, groups: links };
  });
}

/** A section's number as the plans write it: "iii-2-1" → "III.2.1". */
export function sectionNumber(id: string): string {
  const [part, ...rest] = id.split('-');
  return [part.toUpperCase(), ...rest].join('.');
}
