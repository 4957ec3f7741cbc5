/**
 * Names written two ways (content/search/synonyms.json, checked at build by
 * src/schemas/synonyms.ts): compiled once into folded syllables, so that a query can be said
 * in each of its forms, and a page's text can be indexed with the forms it does not write.
 */
import siteData from '../../../content/search/synonyms.json' with { type: 'json' };
import type { SynonymData } from '../../schemas/synonyms.ts';
import { syllablesOf } from './text.ts';

export interface Synonyms {
  /** Each group's forms, each form as folded syllables, longest first. */
  groups: string[][][];
  /** Folded abbreviations of document kinds ("nq", "ctr", "qd"). */
  documentKinds: Set<string>;
}

export function compileSynonyms(data: SynonymData): Synonyms {
  const groups = data.groups.map((group) => {
    const forms = new Map(group.map((form) => syllablesOf(form).folded).map((syllables) => [syllables.join(' '), syllables]));
    return [...forms.values()].sort((a, b) => b.length - a.length);
  });
  return { groups, documentKinds: new Set(data.documentKinds.map((kind) => syllablesOf(kind).folded.join(''))) };
}

/** The site's own list. */
export const SYNONYMS = compileSynonyms(siteData);

const startsAt = (syllables: readonly string[], at: number, form: readonly string[]) => form.every((part, index) => syllables[at + index] === part);

/** Different sayings of one query can multiply; past this many, the first ones are kept. */
export const MOST_VARIANTS = 8;

/**
 * Every way of saying `syllables` (folded) with the forms of the synonyms it holds: the
 * syllables themselves first, then each with other forms in place of those found. Syllables
 * from `keep` on, for `keepLength`, stay as they are (a document number: "KH-UBND" is not
 * "kế hoạch Ủy ban nhân dân").
 */
export function sayings(syllables: readonly string[], synonyms: Synonyms, keep = -1, keepLength = 0): string[][] {
  // Each stretch of the query is either one syllable kept, or a form with its alternatives.
  const pieces: string[][][] = [];
  let at = 0;
  while (at < syllables.length) {
    // The longest form that starts here, whichever group it is in: "ủy ban mặt trận tổ quốc" before "mặt trận tổ quốc".
    let group: string[][] | undefined;
    let form: string[] | undefined;
    const outsideKept = (length: number) => keepLength === 0 || at + length <= keep || at >= keep + keepLength;
    for (const forms of synonyms.groups) {
      for (const candidate of forms) {
        if (candidate.length > (form?.length ?? 0) && outsideKept(candidate.length) && startsAt(syllables, at, candidate)) [group, form] = [forms, candidate];
      }
    }
    if (group && form) {
      pieces.push([form, ...group.filter((other) => other !== form)]);
      at += form.length;
    } else {
      pieces.push([[syllables[at]]]);
      at += 1;
    }
  }
  let variants: string[][] = [[]];
  for (const choices of pieces) {
    variants = variants.flatMap((variant) => choices.map((choice) => [...variant, ...choice])).slice(0, MOST_VARIANTS);
  }
  return variants;
}

/**
 * The forms a text does not write of the names it does (folded, one string per form): indexed
 * beside the text, they let an index that knows nothing of synonyms find the page by any form.
 */
export function missingForms(textSyllables: readonly string[], synonyms: Synonyms): string[] {
  const missing = new Set<string>();
  for (const forms of synonyms.groups) {
    const present = forms.filter((form) => textSyllables.some((_, at) => startsAt(textSyllables, at, form)));
    if (present.length === 0) continue;
    for (const form of forms) if (!present.includes(form)) missing.add(form.join(' '));
  }
  return [...missing];
}
