/**
 * Vietnamese search text, shared by the index build, the search page and the highlighter.
 *
 * Pagefind folds tone marks but not đ (U+0111 has no decomposition), so the index is built from
 * pages where đ is written as d + U+0335 (combining short stroke): Pagefind folds that to d, and
 * the results turn it back into đ before anyone sees them. Queries get đ → d the same way.
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

/** A reader's query as Pagefind must receive it: đ as d, spaces folded. */
export function queryForIndex(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();
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

/** The words of a query as the highlighter looks for them: folded, without punctuation. */
export function queryWords(query: string): string[] {
  return foldKeepingPositions(query.normalize('NFC'))
    .split(/[\s"“”'‘’,.;:!?()]+/)
    .map((word) => word.replace(/^[-/]+|[-/]+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * Where the query stands in a text: the whole phrase where it occurs, else each word (unless
 * `phraseOnly`). Ranges are [start, end) in the text's own (NFC) positions.
 */
export function matchRanges(text: string, query: string, options: { phraseOnly?: boolean } = {}): [number, number][] {
  const nfc = text.normalize('NFC');
  const folded = foldKeepingPositions(nfc);
  const words = queryWords(query);
  if (words.length === 0) return [];
  // Only the characters that are special outside a class: in Unicode mode "\-" or "\/" is an error.
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ranges: [number, number][] = [];
  // Whole syllables only ("tu" must not light up inside "tuyên"); a space in the query also
  // matches a hyphen or slash in the text, so "vac xin" finds "vắc-xin".
  const find = (parts: string[]) => {
    const pattern = new RegExp(`(?<![\\p{L}\\d])${parts.map(escape).join('[\\s\\-‐/]+')}(?![\\p{L}\\d])`, 'gu');
    for (const match of folded.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  };
  // "36-nq-tw", "36 NQ TW" and "36-NQ/TW" are the same syllables with other separators.
  const syllables = (word: string) => word.split(/[-‐/]+/).filter(Boolean);
  find(words.flatMap(syllables));
  if (ranges.length === 0 && words.length > 1 && !options.phraseOnly) words.forEach((word) => find(syllables(word)));
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** How well a text answers a query: 0 exact phrase with its tones, 1 folded phrase, 2 otherwise. */
export function phraseTier(text: string, query: string): 0 | 1 | 2 {
  const wanted = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const words = queryWords(query);
  if (wanted && text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').includes(wanted)) return 0;
  if (words.length > 0 && ` ${foldKeepingPositions(text).replace(/[^\p{L}\d]+/gu, ' ')} `.includes(` ${words.join(' ').replace(/[^\p{L}\d]+/gu, ' ')} `)) return 1;
  return 2;
}
