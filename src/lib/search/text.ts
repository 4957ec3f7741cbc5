/**
 * Vietnamese search text, shared by the index build, both engines, the ranking and the highlighter.
 *
 * Pagefind folds tone marks but not đ (U+0111 has no decomposition), so the index is built from
 * pages where đ is written as d + U+0335 (combining short stroke): Pagefind folds that to d, and
 * the results turn it back into đ before anyone sees them. Queries reach it folded whole.
 */

const STROKE = '\u0335';

/** The form pages are indexed in: đ/Đ as d/D plus a combining stroke. */
export function encodeForIndex(html: string): string {
  return html.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Turns indexed text (titles, excerpts, filter values) back into what the page says. */
export function decodeFromIndex(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

// A page's text has a few dozen distinct characters and the search folds ten pages at once:
// each character is folded once.
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  const base = char.normalize('NFD').replace(/\p{M}/gu, '') || char;
  const lower = base.toLowerCase().replace(/đ/g, 'd');
  const folded = lower.length === char.length ? lower : char.toLowerCase();
  foldedChars.set(char, folded);
  return folded;
}

/**
 * Folds one character at a time (tone and vowel marks removed, đ → d, lower case), so that
 * positions in the folded text are positions in the original NFC text.
 */
export function foldKeepingPositions(text: string): string {
  let folded = '';
  for (const char of text) folded += foldedChars.get(char) ?? foldChar(char);
  return folded;
}

/**
 * The syllables of a text as search sees them. A syllable is a run of letters or a run of digits:
 * hyphens, slashes and "&" join nothing, so "vắc-xin" is vắc, xin, "36-NQ/TW" is 36, NQ, TW and
 * "nq36" is nq, 36, however they are written.
 */
export interface Syllables {
  /** Lower case, tone and vowel marks removed, đ as d: what matches. */
  folded: string[];
  /** Lower case as written: what tells "sở" from "số". */
  exact: string[];
  /** Where each stands in the NFC text, [start, end). */
  start: number[];
  end: number[];
  /**
   * Whether punctuation that ends a phrase stands before it (a comma, a semicolon, a colon, a
   * bracket, a quotation mark): "sinh học, công nghệ" holds no phrase "sinh học công nghệ". A full
   * stop does not: Pagefind ends every block of a page with one, which the outline's text has
   * not, and both engines must read a text alike.
   */
  breakBefore: boolean[];
}

const SYLLABLE = /[\p{L}\p{M}]+|\p{N}+/gu;
/** What may stand between the syllables of one phrase: spaces, hyphens, dashes, slashes, "&", full stops. */
const JOINING = /^[\s\-‐–/&.]*$/u;

/** Only the syllables of a text, as written: what an index needs of it. */
export function syllableWords(text: string): string[] {
  return text.normalize('NFC').match(SYLLABLE) ?? [];
}

export function syllablesOf(text: string): Syllables {
  const nfc = text.normalize('NFC');
  const folded = foldKeepingPositions(nfc);
  const result: Syllables = { folded: [], exact: [], start: [], end: [], breakBefore: [] };
  let last = 0;
  for (const match of nfc.matchAll(SYLLABLE)) {
    const start = match.index;
    const end = start + match[0].length;
    result.folded.push(folded.slice(start, end));
    result.exact.push(match[0].toLowerCase());
    result.start.push(start);
    result.end.push(end);
    result.breakBefore.push(result.start.length > 1 && !JOINING.test(nfc.slice(last, start)));
    last = end;
  }
  return result;
}
