/**
 * Where a query stands in a text, read as syllables: as a phrase (tones as typed, or folded, or in
 * another of its forms), its words near each other, its words apart, or only some of them. The
 * ranking and the highlighter both read this, online and offline, so what ranks a section first
 * is what is marked in it.
 */
import type { QuerySaying, SearchQuery } from './query.ts';
import { syllablesOf, type Syllables } from './text.ts';

/** How well a text answers a query, best first. */
export const TIER = {
  /** The phrase, with the tone marks typed. */
  exactPhrase: 0,
  /** The phrase, tones folded or in another of its forms. */
  phrase: 1,
  /** Every word, near each other (see nearSpan). */
  near: 2,
  /** Every word, apart. */
  apart: 3,
  /** Some of the words. */
  some: 4,
  none: 5,
} as const;

/** How many syllables the words of an n-syllable query may spread over and still be near each other. */
export const nearSpan = (syllableCount: number) => 2 * syllableCount + 1;

export interface Match {
  tier: number;
  /** Syllables from the first to the last word of the best match (its length, for a phrase). */
  span: number;
  /** The syllable where the best match begins, or -1. */
  at: number;
  /** How often the phrase, or the words near each other, stand in the text. */
  count: number;
  /** The share of the query's different syllables the text holds (for the saying holding most). */
  found: number;
}

const NO_MATCH: Match = { tier: TIER.none, span: Infinity, at: -1, count: 0, found: 0 };

// A text is looked into for several sayings and queries: where each syllable stands is listed once.
const positionLists = new WeakMap<Syllables, Map<string, number[]>>();

function positionsIn(text: Syllables): Map<string, number[]> {
  let positions = positionLists.get(text);
  if (!positions) {
    positions = new Map();
    text.folded.forEach((syllable, index) => {
      const list = positions!.get(syllable);
      if (list) list.push(index);
      else positions!.set(syllable, [index]);
    });
    positionLists.set(text, positions);
  }
  return positions;
}

/** Where `phrase` stands in `text` as a phrase: no punctuation that ends a phrase inside it. */
export function phraseStarts(text: Syllables, phrase: readonly string[]): number[] {
  return (positionsIn(text).get(phrase[0]) ?? []).filter((start) =>
    phrase.every((syllable, offset) => offset === 0 || (text.folded[start + offset] === syllable && !text.breakBefore[start + offset])),
  );
}

/**
 * The shortest stretches of `text` that hold every syllable of `wanted`, each as [first, last]
 * syllable, in reading order (a stretch for each place the last of them can end).
 */
function shortestStretches(text: Syllables, wanted: readonly string[]): [number, number][] {
  const positions = positionsIn(text);
  const events = wanted.flatMap((syllable) => (positions.get(syllable) ?? []).map((at) => [at, syllable] as const)).sort((a, b) => a[0] - b[0]);
  const inWindow = new Map<string, number>();
  const stretches: [number, number][] = [];
  let left = 0;
  for (const [at, syllable] of events) {
    inWindow.set(syllable, (inWindow.get(syllable) ?? 0) + 1);
    if (inWindow.size < wanted.length) continue;
    // Drop from the left while the window still holds every syllable.
    while ((inWindow.get(events[left][1]) ?? 0) > 1) {
      inWindow.set(events[left][1], inWindow.get(events[left][1])! - 1);
      left += 1;
    }
    stretches.push([events[left][0], at]);
  }
  return stretches;
}

/** The stretches where the words stand near each other, not overlapping, in reading order. */
function nearStretches(text: Syllables, saying: QuerySaying): [number, number][] {
  const wanted = [...new Set(saying.syllables)];
  const limit = nearSpan(saying.syllables.length);
  const near: [number, number][] = [];
  for (const [first, last] of shortestStretches(text, wanted)) {
    if (last - first + 1 <= limit && first > (near.at(-1)?.[1] ?? -1)) near.push([first, last]);
  }
  return near;
}

function matchSaying(text: Syllables, saying: QuerySaying): Match {
  const wanted = [...new Set(saying.syllables)];
  const positions = positionsIn(text);
  const found = wanted.filter((syllable) => positions.has(syllable)).length / wanted.length;
  if (found < 1) return { ...NO_MATCH, tier: found > 0 ? TIER.some : TIER.none, found };
  const starts = phraseStarts(text, saying.syllables);
  if (starts.length > 0) {
    const typed = saying.typed;
    const exact = typed ? starts.find((start) => typed.every((syllable, offset) => text.exact[start + offset] === syllable)) : undefined;
    return { tier: exact !== undefined ? TIER.exactPhrase : TIER.phrase, span: saying.syllables.length, at: exact ?? starts[0], count: starts.length, found };
  }
  const stretches = shortestStretches(text, wanted);
  const [first, last] = stretches.reduce((best, stretch) => (stretch[1] - stretch[0] < best[1] - best[0] ? stretch : best));
  const span = last - first + 1;
  const near = span <= nearSpan(saying.syllables.length);
  return { tier: near ? TIER.near : TIER.apart, span, at: first, count: near ? nearStretches(text, saying).length : 0, found };
}

/** Of two matches, the better one: a better tier, then a shorter span, then more often. */
function better(a: Match, b: Match): Match {
  if (a.tier !== b.tier) return a.tier < b.tier ? a : b;
  if (a.span !== b.span) return a.span < b.span ? a : b;
  return b.count > a.count ? b : a;
}

/** How well `text` answers `query`: its best saying's match. */
export function matchText(text: Syllables, query: SearchQuery): Match {
  let best = NO_MATCH;
  let found = 0;
  for (const saying of query.sayings) {
    const match = matchSaying(text, saying);
    best = better(best, match);
    found = Math.max(found, match.found);
  }
  return { ...best, found };
}

/**
 * What to mark in `text` for `query`: each place the phrase stands (in any of its forms); where
 * it stands nowhere, its words where they stand near each other. Within such a stretch a word of
 * one syllable is marked only as typed ("sở" typed, not "số" for "so"): a syllable that merely
 * folds alike is never marked. With `partsToo`, for a text where neither stands, the stretches of
 * two syllables or more of the phrase ("nông nghiệp" of "sở nông nghiệp"). Ranges are [start, end)
 * in the NFC text; touching ones are joined.
 */
export function highlightRanges(text: string, query: SearchQuery, { partsToo = false } = {}): [number, number][] {
  const syllables = syllablesOf(text);
  const marked: [number, number][] = [];
  const markSyllables = (first: number, last: number) => marked.push([syllables.start[first], syllables.end[last]]);
  for (const saying of query.sayings) {
    for (const start of phraseStarts(syllables, saying.syllables)) markSyllables(start, start + saying.syllables.length - 1);
  }
  if (marked.length === 0) {
    for (const saying of query.sayings) {
      for (const [first, last] of nearStretches(syllables, saying)) {
        for (const [from, to] of phraseParts(syllables, saying.syllables, first, last)) markSyllables(from, to);
        for (let at = first; at <= last; at += 1) if (asTyped(syllables, at, saying)) markSyllables(at, at);
      }
    }
  }
  if (marked.length === 0 && partsToo) {
    for (const saying of query.sayings) {
      for (const [first, last] of phraseParts(syllables, saying.syllables)) markSyllables(first, last);
    }
  }
  return joinTouching(marked, text.normalize('NFC'));
}

/** Whether the syllable at `at` is one of the saying's as it was typed (tone marks and all), or as the synonym list writes it. */
function asTyped(text: Syllables, at: number, saying: QuerySaying): boolean {
  const index = saying.syllables.indexOf(text.folded[at]);
  return index >= 0 && text.exact[at] === (saying.typed?.[index] ?? saying.syllables[index]);
}

/** Runs of two syllables or more that stand in `text` (from `first` to `last`) as they stand in `phrase`, as [first, last]. */
function phraseParts(text: Syllables, phrase: readonly string[], first = 0, last = text.folded.length - 1): [number, number][] {
  const parts: [number, number][] = [];
  for (let at = first; at <= last; at += 1) {
    let longest = 0;
    for (let from = 0; from < phrase.length; from += 1) {
      let length = 0;
      while (from + length < phrase.length && at + length <= last && text.folded[at + length] === phrase[from + length] && (length === 0 || !text.breakBefore[at + length])) length += 1;
      longest = Math.max(longest, length);
    }
    if (longest >= 2) {
      parts.push([at, at + longest - 1]);
      at += longest - 1;
    }
  }
  return parts;
}

/** Sorted ranges, overlapping or touching ones (only spaces, hyphens or slashes between) joined. */
function joinTouching(ranges: [number, number][], text: string): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const joined: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = joined.at(-1);
    if (last && (start <= last[1] || /^[\s\-‐/]*$/.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}
