/**
 * What a reader typed, as both engines and the highlighter understand it: syllables folded (tone
 * marks and đ optional), a document number however it is typed ("nq36", "36nq", "36 nq tw",
 * "36-nq/tw" are all 36-NQ/TW), and every other way of saying it that the synonym list knows
 * ("ubnd" is also "ủy ban nhân dân", and the other way round).
 */
import { SYNONYMS, sayings, type Synonyms } from './synonyms.ts';
import { syllablesOf } from './text.ts';

export interface QuerySaying {
  /** Folded syllables. */
  syllables: string[];
  /** The syllables as typed (lower case, tone marks as typed), for the saying the reader typed; null for one made with synonyms. */
  typed: string[] | null;
}

export interface DocumentNumber {
  /** Where it begins among the syllables of the saying typed. */
  at: number;
  /** Its number and the abbreviation of its kind, folded: ["36", "nq"]. */
  syllables: string[];
  /** The syllable typed after them, which may name the issuer ("tw" in 36-NQ/TW), or null. */
  after: string | null;
}

export interface SearchQuery {
  /** The saying typed first, then the others, each a phrase of folded syllables. */
  sayings: QuerySaying[];
  /** The document number the query holds, or null. */
  number: DocumentNumber | null;
  /** Typed in quotation marks: only the phrase counts. */
  phraseOnly: boolean;
}

const DIGITS = /^\d+$/;
/** An issuer's abbreviation in a number is short: TW, TU, CP, TTg, UBND. */
const ISSUER = /^[a-z]{1,4}$/;

export function parseQuery(typed: string, synonyms: Synonyms = SYNONYMS): SearchQuery {
  const { folded, exact } = syllablesOf(typed);
  const phraseOnly = /["“”]/.test(typed);
  // A number written kind first ("nq36", "nq 36") is put the way documents write it: 36-NQ.
  let number: DocumentNumber | null = null;
  for (let at = 0; at + 1 < folded.length && number === null; at += 1) {
    const [first, second] = [folded[at], folded[at + 1]];
    const kindFirst = synonyms.documentKinds.has(first) && DIGITS.test(second);
    if (kindFirst || (DIGITS.test(first) && synonyms.documentKinds.has(second))) {
      if (kindFirst) {
        [folded[at], folded[at + 1]] = [second, first];
        [exact[at], exact[at + 1]] = [exact[at + 1], exact[at]];
      }
      const after = folded[at + 2];
      number = { at, syllables: folded.slice(at, at + 2), after: after !== undefined && ISSUER.test(after) ? after : null };
    }
  }
  const keptLength = number ? 2 + (number.after ? 1 : 0) : 0;
  const all = folded.length > 0 ? sayings(folded, synonyms, number?.at ?? -1, keptLength) : [];
  return {
    sayings: all.map((syllables, index) => ({ syllables, typed: index === 0 ? exact : null })),
    number,
    phraseOnly,
  };
}

/**
 * What Pagefind is asked: the query as typed, folded. A document number goes as one word of its
 * number and kind ("36nq"): Pagefind indexes "36-NQ/TW" whole as "36nqtw" and finds it from its
 * start, while the parts after an đ ("1671/QĐ-TTg") are lost to it. The ranking checks the rest.
 */
export function indexQuery(query: SearchQuery): string {
  const syllables = [...(query.sayings[0]?.syllables ?? [])];
  if (query.number) syllables.splice(query.number.at, query.number.after ? 3 : 2, query.number.syllables.join(''));
  return syllables.join(' ');
}
