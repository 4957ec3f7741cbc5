/**
 * The one ranking of search results, whichever engine found them: Pagefind online and MiniSearch
 * offline only say which pages may match; this orders those pages and their sections by the same
 * reading of the same section records, so that both engines put the same result first.
 */
import { TIER, matchText, phraseStarts, type Match } from './match.ts';
import type { SearchQuery } from './query.ts';
import { syllablesOf, type Syllables } from './text.ts';

/** One section of a page as both engines hold it: the page's opening (its title, its head) or a numbered section. */
export interface SectionRecord {
  /** Site path of the section ("/van-ban/x/#iii-2"), or of the page for its opening. */
  url: string;
  title: string;
  /** The section's own text, before its first subsection. */
  text: string;
}

export interface PageRecord {
  /** Site path of the page. */
  url: string;
  /** title, number, level, locality. */
  meta: Record<string, string>;
  /** The page's opening first, then its sections in reading order. */
  sections: SectionRecord[];
}

export interface RankedSection {
  url: string;
  title: string;
  tier: number;
  excerpt: string;
}

export interface RankedPage {
  url: string;
  meta: Record<string, string>;
  /** The best tier of its sections (see TIER). */
  tier: number;
  sections: RankedSection[];
}

/** How many words an excerpt shows, online and offline; a third of them come before the match. */
const EXCERPT_WORDS = 30;

/** `length` words of `words` around the one at `at`, with … where the text goes on. */
export function excerptAround(words: readonly string[], at: number, length = EXCERPT_WORDS): string {
  const start = Math.max(0, at - Math.floor(length / 3));
  const end = Math.min(words.length, start + length);
  return `${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}`;
}

// The same sections are ranked for query after query: each is cut into syllables once.
const SYLLABLES_KEPT = 2000;
const syllableCache = new Map<string, Syllables>();

function cachedSyllables(text: string): Syllables {
  let syllables = syllableCache.get(text);
  if (!syllables) {
    syllables = syllablesOf(text);
    if (syllableCache.size >= SYLLABLES_KEPT) syllableCache.delete(syllableCache.keys().next().value!);
    syllableCache.set(text, syllables);
  }
  return syllables;
}

interface ScoredSection {
  record: SectionRecord;
  order: number;
  text: Syllables;
  match: Match;
  /** Its heading holds the phrase, or the words near each other. */
  headingHolds: boolean;
}

function scoreSection(record: SectionRecord, order: number, query: SearchQuery): ScoredSection {
  const title = matchText(cachedSyllables(record.title), query);
  const text = cachedSyllables(record.text);
  const inText = matchText(text, query);
  // A heading that holds the phrase makes its section a phrase, even when its text only refers to it.
  const match = title.tier < inText.tier ? { ...title, at: -1, found: Math.max(title.found, inText.found) } : inText;
  return { record, order, text, match, headingHolds: title.tier <= TIER.near };
}

const compareSections = (a: ScoredSection, b: ScoredSection) =>
  a.match.tier - b.match.tier || Number(b.headingHolds) - Number(a.headingHolds) || a.match.span - b.match.span || b.match.count - a.match.count || a.order - b.order;

/** The excerpt of a section: its text around the best match, or its beginning. */
function excerptOf(section: ScoredSection): string {
  const { text, match, record } = section;
  const words = record.text.split(/\s+/).filter(Boolean);
  if (match.at < 0) return excerptAround(words, 0);
  // The words before the match end with the one it starts in.
  const wordAt = record.text.normalize('NFC').slice(0, text.start[match.at]).split(/\s+/).length - 1;
  return excerptAround(words, Math.max(0, wordAt));
}

/** Whether the page holds every syllable of one saying, in whichever of its sections. */
function holdsEveryWord(sections: readonly ScoredSection[], query: SearchQuery): boolean {
  return query.sayings.some((saying) =>
    saying.syllables.every((syllable) => sections.some(({ text, record }) => text.folded.includes(syllable) || cachedSyllables(record.title).folded.includes(syllable))),
  );
}

/** Whether a document number's syllables begin with those of the number asked for. */
function isTheNumber(number: string | undefined, query: SearchQuery): boolean {
  if (!number || !query.number) return false;
  const own = syllablesOf(number).folded;
  const [digits, kind] = query.number.syllables;
  return own[0] === digits && own[1] === kind && (query.number.after === null || own[2] === query.number.after || own.length === 2);
}

interface ScoredPage {
  page: PageRecord;
  sections: ScoredSection[];
  tier: number;
  isTheNumber: boolean;
  titleHolds: boolean;
  /** How often the phrase, or the words near each other, stand in the page. */
  count: number;
}

const comparePages = (a: ScoredPage, b: ScoredPage) =>
  Number(b.isTheNumber) - Number(a.isTheNumber) ||
  a.tier - b.tier ||
  Number(b.titleHolds) - Number(a.titleHolds) ||
  compareSections(a.sections[0], b.sections[0]) ||
  b.count - a.count ||
  (a.page.url < b.page.url ? -1 : a.page.url > b.page.url ? 1 : 0);

/** How many sections a result lists when its sections hold only some of the words. */
const PARTIAL_SECTIONS = 3;

/**
 * The pages that answer `query`, best first, each with the sections that answer it, best first,
 * and an excerpt of each. A page answers when it holds every word of one of the query's sayings
 * (in any of its sections); a document number must stand whole; a quoted query, as a phrase.
 */
export function rankPages(pages: readonly PageRecord[], query: SearchQuery): RankedPage[] {
  if (query.sayings.length === 0) return [];
  const scored: ScoredPage[] = [];
  for (const page of pages) {
    const sections = page.sections.map((section, order) => scoreSection(section, order, query));
    if (!holdsEveryWord(sections, query)) continue;
    if (query.number && !sections.some(({ text }) => phraseStarts(text, query.number!.syllables).length > 0)) continue;
    const tier = Math.min(TIER.some, ...sections.map((section) => section.match.tier));
    // Sections where the words stand apart are listed only when none has them together.
    const answering = tier <= TIER.apart ? sections.filter((section) => section.match.tier <= Math.max(tier, TIER.near)).sort(compareSections) : [];
    if (query.phraseOnly && tier > TIER.phrase) continue;
    // Where no section holds every word, the sections holding most of them.
    const mostFound = Math.max(...sections.map((section) => section.match.found));
    const listed = answering.length > 0 ? answering : sections.filter((section) => section.match.found === mostFound).sort(compareSections).slice(0, PARTIAL_SECTIONS);
    scored.push({
      page,
      sections: listed,
      tier,
      isTheNumber: isTheNumber(page.meta.number, query),
      titleHolds: matchText(cachedSyllables(page.meta.title ?? ''), query).tier <= TIER.near,
      count: answering.reduce((sum, section) => sum + section.match.count, 0),
    });
  }
  return scored.sort(comparePages).map(({ page, sections, tier }) => ({
    url: page.url,
    meta: page.meta,
    tier,
    sections: sections.map((section) => ({ url: section.record.url, title: section.record.title, tier: section.match.tier, excerpt: excerptOf(section) })),
  }));
}
