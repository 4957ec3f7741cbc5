/**
 * Ranks the sections Pagefind returns for a page by what the reader typed, and cuts each one an
 * excerpt around its best match. Pagefind matches word prefixes too ("vi" finds "việt"); here only
 * whole syllables count, so those sections drop out.
 */
import { foldKeepingPositions, phraseTier, queryWords } from './text.ts';

export interface SectionHit {
  title: string;
  url: string;
  /** Word positions in the page content where Pagefind matched (content split on white space). */
  locations: number[];
}

export interface RankedSection {
  title: string;
  url: string;
  /** 0: the whole phrase with its tones; 1: the phrase, tones folded; 2: words apart. */
  tier: 0 | 1 | 2;
  /** The section's heading holds the query: headings weigh more than the text under them. */
  inTitle: boolean;
  /** How many different query words stand in the section. */
  wordsFound: number;
  excerpt: string;
  /** Position in the page, to keep reading order among equals. */
  order: number;
}

/** How many words an excerpt shows, online and offline; a third of them come before the match. */
export const EXCERPT_WORDS = 30;

/** `length` words of `words` around the one at `at`, with … where the text goes on. */
export function excerptAround(words: readonly string[], at: number, length = EXCERPT_WORDS): string {
  const start = Math.max(0, at - Math.floor(length / 3));
  const end = Math.min(words.length, start + length);
  return `${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}`;
}

const strip = (word: string) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
const exact = (word: string) => strip(word.normalize('NFC')).toLowerCase();

// Every page speaks the same few thousand words: each is cut into folded syllables once.
const syllablesOfWord = new Map<string, string[]>();

/** A word's syllables, folded and without punctuation: "vắc-xin," is vac, xin. */
function foldedSyllables(word: string): string[] {
  let parts = syllablesOfWord.get(word);
  if (!parts) {
    parts = strip(foldKeepingPositions(word)).split(/[-‐/]+/).map(strip);
    if (syllablesOfWord.size < 100_000) syllablesOfWord.set(word, parts);
  }
  return parts;
}

export function rankSections(words: readonly string[], sections: readonly SectionHit[], query: string, excerptLength = EXCERPT_WORDS): RankedSection[] {
  const wanted = queryWords(query)
    .flatMap((word) => word.split(/[-‐/]+/))
    .map(strip)
    .filter(Boolean);
  const wantedExact = query
    .normalize('NFC')
    .split(/[\s\-‐/]+/)
    .map(exact)
    .filter(Boolean);
  // Hyphenated words count as their syllables ("vắc-xin" answers "vac xin"); each syllable
  // remembers the content word it belongs to, since Pagefind's locations count whole words.
  const syllables: { text: string; word: number }[] = [];
  const firstSyllable: number[] = [];
  words.forEach((word, index) => {
    firstSyllable[index] = syllables.length;
    for (const part of foldedSyllables(word)) syllables.push({ text: part, word: index });
  });
  const ranked: RankedSection[] = [];
  sections.forEach((section, order) => {
    let best = -1;
    let bestRun = 0;
    const found = new Set<string>();
    for (const location of section.locations) {
      const at = firstSyllable[location] ?? -1;
      if (at < 0) continue;
      for (let i = at; i < syllables.length && syllables[i].word === location; i += 1) {
        if (wanted.includes(syllables[i].text)) found.add(syllables[i].text);
      }
      let run = 0;
      while (run < wanted.length && syllables[at + run]?.text === wanted[run]) run += 1;
      if (run > bestRun) {
        bestRun = run;
        best = location;
      }
    }
    if (found.size === 0) return;
    if (best === -1) best = section.locations[0];
    const isPhrase = bestRun === wanted.length && wanted.length > 0;
    const spanned = isPhrase ? words.slice(best, syllables[firstSyllable[best] + wanted.length - 1].word + 1).join(' ') : '';
    const tonesMatch = isPhrase && exact(spanned).replace(/[-‐/]/g, ' ').replace(/\s+/g, ' ') === wantedExact.join(' ');
    const excerpt = excerptAround(words, best, excerptLength);
    const tier = tonesMatch ? 0 : isPhrase ? 1 : 2;
    ranked.push({ title: section.title, url: section.url, tier, inTitle: phraseTier(section.title, query) < 2, wordsFound: found.size, excerpt, order });
  });
  return ranked.sort((a, b) => a.tier - b.tier || Number(b.inTitle) - Number(a.inTitle) || b.wordsFound - a.wordsFound || a.order - b.order);
}
