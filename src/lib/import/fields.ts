/**
 * Suggests the fields (lĩnh vực) of a task from its own words, for the editor to confirm.
 *
 * Every occurrence of a field's term (content/fields) is evidence; where it stands decides of what:
 * - in the heading, or in the label that opens the first paragraph ("4.3. Về lĩnh vực y dược: …"),
 *   it says what the task is about: strong evidence that the field is asked for, and the field a
 *   heading names first, or after "trong", "về", "lĩnh vực", is the main one;
 * - in a list of examples ("trong các lĩnh vực nông nghiệp, y tế, môi trường") or a stock phrase
 *   ("bảo đảm quốc phòng, an ninh") it names the field without asking work in it: a mention, as the
 *   editors' guide has it ("một nhiệm vụ chung kể tên nhiều ngành");
 * - inside a proper name ("Sở Nông nghiệp và Phát triển nông thôn") it is no evidence at all;
 * - anywhere else it counts once per occurrence, less for the everyday words that every task of a
 *   biotechnology plan uses ("sản xuất", "nghiên cứu", "doanh nghiệp").
 * A field is asked for when its evidence reaches a threshold that grows with the task's length:
 * one "giám sát" makes a three-line assignment about oversight, not a page-long section.
 */
import { foldVietnamese } from '../model/vietnamese.ts';
import { occurrences } from '../model/annotation-checks.ts';

export interface FieldDefinition {
  id: string;
  name: string;
  description: string;
  terms: readonly string[];
  /** Set phrases in which a term names the field without asking work in it (see schemas/field.ts). */
  stockPhrases?: readonly string[];
}

export interface FieldSuggestion {
  /** Asked for, main field first. */
  fields: string[];
  /** Named only. */
  mentions: string[];
  /** For each suggested field, the words of the text that made it, for the editor's review list. */
  evidence: { field: string; terms: string[]; weight: number }[];
  /** 0..1 */
  confidence: number;
}

export interface TaskText {
  heading: string | null;
  paragraphs: readonly string[];
}

/** A term of a field found in a text. */
interface TermMatch {
  field: string;
  /** The term as the field lists it. */
  term: string;
  /** The words as written in the text. */
  words: string;
  start: number;
  end: number;
}

/**
 * What an occurrence is evidence of: the task's subject (heading), work asked in the body, a
 * field listed or named in a stock phrase (a mention), or nothing (part of a proper name).
 */
type Role = 'topic' | 'body' | 'listed' | 'stock' | 'name';

interface Hit extends TermMatch {
  role: Role;
  weight: number;
}

interface Span {
  start: number;
  end: number;
}

/** Weight of an occurrence in the heading or opening label: the task says what it is about. */
const TOPIC_WEIGHT = 3;
/** Extra weight for the field a heading names after "trong", "về", "lĩnh vực": the main field. */
const FOCUS_WEIGHT = 3;
/** A listed field still counts a little towards being asked: a short task may be all list. */
const LISTED_WEIGHT = 0.25;
/**
 * Words a biotechnology plan uses in nearly every task, whatever it asks ("ứng dụng vào sản xuất
 * và đời sống", "sản phẩm công nghệ sinh học", "lãnh đạo, chỉ đạo"), or that often mean something
 * else ("giống" is also "like", "trung tâm" also "central", "bệnh" of crops and livestock too).
 */
const EVERYDAY_WORDS = new Set([
  'sản xuất', 'sản phẩm', 'doanh nghiệp', 'nghiên cứu', 'cán bộ', 'thông tin', 'quy định', 'đầu tư',
  'bệnh', 'giống', 'trung tâm', 'thiết bị', 'tài nguyên', 'nguồn lực', 'lãnh đạo', 'báo cáo',
]);
const EVERYDAY_WEIGHT = 0.5;
/**
 * The evidence a field needs to be asked for: one clear occurrence in a short assignment, more in
 * a long section, where fields are named in passing.
 */
const thresholdFor = (syllables: number) => Math.min(2.5, Math.max(1, syllables / 90));
/** A list of examples: at least this many items in a row, naming at least this many fields. */
const LIST_ITEMS = 3;
const LIST_FIELDS = 3;
/** An item of a list is little more than a term: at most this many syllables. */
const LIST_ITEM_SYLLABLES = 4;
/** A capital inside a sentence opens a proper name that runs on over this many lowercase words ("Phát triển nông thôn"). */
const NAME_RUNS_ON = 2;

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
/** "2.1. ", "IV- ", "3) ", "a) " at the start of a heading or paragraph. */
const NUMBERING = /^\s*(?:[IVXLC]+\s*[.\-–)]|\d+(?:\.\d+)+\.?|\d+\s*[.\-–)]|[a-zđ]\))\s*/u;
/** Punctuation after which a capital opens a sentence rather than a name. */
const SENTENCE_OPENS_AFTER = /[.!?:;…“"(\-–]$/u;
/** The heading words after which a field is the task's subject: "trong nông nghiệp", "về y tế". */
const FOCUS_BEFORE = /(?:trong|về|lĩnh vực|ngành)\s+(?:(?:các|lĩnh vực|bảo vệ|phát triển)\s+)*$/u;

const normal = (text: string) => text.normalize('NFC').toLowerCase();
const syllableCount = (text: string) => text.split(/\s+/).filter((word) => LETTER.test(word)).length;
/** True when the text carries no Vietnamese marks at all: typed without them. */
const isUnmarked = (text: string) => foldVietnamese(text) === text && /[a-z]{2}/i.test(text);

/**
 * How a term is looked for in `text`: in lower case; in a text typed without marks, without its
 * marks too, and then only a term of two syllables or more ("nghe" is "nghề" as often as "nghe"
 * or "công nghệ"). Null when the term cannot be looked for.
 */
function termForm(text: string): (term: string) => string | null {
  if (!isUnmarked(text)) return normal;
  return (term) => (term.includes(' ') ? foldVietnamese(normal(term)) : null);
}

/** Every term occurrence in `text`, the longest where terms overlap ("hợp tác xã" over "hợp tác"). */
function findTerms(original: string, fields: readonly FieldDefinition[]): TermMatch[] {
  const text = normal(original);
  const form = termForm(original);
  const candidates: TermMatch[] = [];
  for (const field of fields) {
    for (const term of field.terms) {
      const phrase = form(term);
      if (phrase === null) continue;
      for (const start of occurrences(text, phrase)) {
        candidates.push({ field: field.id, term, words: original.slice(start, start + phrase.length), start, end: start + phrase.length });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The spans of proper names: a word capitalised inside a sentence ("Sở Khoa học và Công nghệ")
 * and the lowercase words that carry its name on ("Phát triển nông thôn"), up to punctuation.
 * A capital that opens a sentence, and a word all in capitals (a heading, "GRDP"), open none.
 */
function properNameSpans(original: string): Span[] {
  const spans: Span[] = [];
  const body = original.replace(NUMBERING, (numbering) => ' '.repeat(numbering.length));
  const tokens = [...body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*|[^\s\p{L}\p{N}]+/gu)];
  tokens.forEach((token, index) => {
    const word = token[0];
    const opensSentence = index === 0 || SENTENCE_OPENS_AFTER.test(tokens[index - 1][0]);
    if (!UPPER.test(word[0]) || (word.length > 1 && word === word.toUpperCase()) || opensSentence) return;
    let last = index;
    while (last < index + NAME_RUNS_ON && tokens[last + 1] && LETTER.test(tokens[last + 1][0][0])) last++;
    spans.push({ start: token.index, end: tokens[last].index + tokens[last][0].length });
  });
  return spans;
}

/** Spans of `text` covered by a stock phrase of `field`. */
function stockSpans(text: string, field: FieldDefinition): Span[] {
  const lower = normal(text);
  const form = termForm(text);
  return (field.stockPhrases ?? [])
    .map(form)
    .filter((phrase) => phrase !== null)
    .flatMap((phrase) => occurrences(lower, phrase).map((start) => ({ start, end: start + phrase.length })));
}

/**
 * The matches that stand in a list of examples: LIST_ITEMS or more items in a row, each little more
 * than a term, naming LIST_FIELDS fields or more ("nông nghiệp, công nghiệp, y dược, quốc phòng,
 * an ninh"; "chất thải y tế; chất độc hóa học; chất thải trong công nghiệp"). Items part at commas,
 * semicolons, "và" and "hoặc"; the first may carry the list's introduction ("trong các lĩnh vực
 * nông nghiệp") and the last its continuation ("môi trường để …").
 */
function listedMatches(text: string, matches: readonly TermMatch[]): Set<TermMatch> {
  const listed = new Set<TermMatch>();
  const matchesIn = (item: Span) => matches.filter((match) => match.start >= item.start && match.end <= item.end);
  for (const sentence of text.matchAll(/[^.:!?\n]+/gu)) {
    const items: Span[] = [];
    let from = sentence.index;
    for (const separator of sentence[0].matchAll(/\s*(?:[,;]|\s(?:và|hoặc)\s)\s*/gu)) {
      items.push({ start: from, end: sentence.index + separator.index });
      from = sentence.index + separator.index + separator[0].length;
    }
    items.push({ start: from, end: sentence.index + sentence[0].length });

    let run: Span[] = [];
    const closeRun = () => {
      const inRun = run.flatMap(matchesIn);
      if (run.length >= LIST_ITEMS && new Set(inRun.map((match) => match.field)).size >= LIST_FIELDS) inRun.forEach((match) => listed.add(match));
      run = [];
    };
    for (const item of items) {
      const inItem = matchesIn(item);
      const isShort = syllableCount(text.slice(item.start, item.end)) <= LIST_ITEM_SYLLABLES;
      const endsWithTerm = inItem.some((match) => text.slice(match.end, item.end).trim() === '');
      const opensWithTerm = inItem.some((match) => text.slice(item.start, match.start).trim() === '');
      if (inItem.length > 0 && (isShort || (run.length === 0 && endsWithTerm))) {
        run.push(item);
      } else if (inItem.length > 0 && run.length > 0 && opensWithTerm) {
        run.push(item);
        closeRun();
      } else {
        closeRun();
        if (inItem.length > 0 && endsWithTerm) run.push(item);
      }
    }
    closeRun();
  }
  return listed;
}

/** The hits of one block of text, each with its role and weight. */
function hitsOf(text: string, isTopic: boolean, fields: readonly FieldDefinition[]): Hit[] {
  const matches = findTerms(text, fields);
  const listed = isTopic ? new Set<TermMatch>() : listedMatches(text, matches);
  const names = properNameSpans(text);
  const stock = new Map(fields.map((field) => [field.id, stockSpans(text, field)]));
  const within = (match: TermMatch, spans: readonly Span[]) => spans.some((span) => match.start >= span.start && match.start < span.end);
  return matches.map((match, index): Hit => {
    if (within(match, names)) return { ...match, role: 'name', weight: 0 };
    if (within(match, stock.get(match.field)!)) return { ...match, role: 'stock', weight: 0 };
    if (listed.has(match)) return { ...match, role: 'listed', weight: LISTED_WEIGHT };
    const weight = EVERYDAY_WORDS.has(match.term) ? EVERYDAY_WEIGHT : 1;
    if (!isTopic) return { ...match, role: 'body', weight };
    // "ứng dụng công nghệ sinh học trong nông nghiệp": the domain is the subject; in "hợp tác trong
    // nghiên cứu" the field named first is, and the one after "trong" only qualifies it.
    const namedFirst = !matches.slice(0, index).some((earlier) => earlier.field !== match.field);
    const focus = namedFirst && FOCUS_BEFORE.test(normal(text.slice(0, match.start))) ? FOCUS_WEIGHT : 0;
    return { ...match, role: 'topic', weight: TOPIC_WEIGHT * weight + focus };
  });
}

/** "4.3. Về lĩnh vực y dược: Quan tâm …" → "Về lĩnh vực y dược": a heading run into its paragraph. */
function openingLabel(paragraph: string): string | null {
  const numbering = NUMBERING.exec(paragraph)?.[0] ?? '';
  const colon = paragraph.indexOf(':', numbering.length);
  if (numbering.trim() === '' || colon === -1) return null;
  const label = paragraph.slice(numbering.length, colon);
  return syllableCount(label) <= 12 ? label : null;
}

export function suggestFields(task: TaskText, fields: readonly FieldDefinition[]): FieldSuggestion {
  const label = task.heading === null && task.paragraphs.length > 0 ? openingLabel(task.paragraphs[0]) : null;
  const topic = (task.heading ?? label ?? '').replace(NUMBERING, '');
  const body = label ? [task.paragraphs[0].slice(task.paragraphs[0].indexOf(':') + 1), ...task.paragraphs.slice(1)] : task.paragraphs;
  const hits = [...hitsOf(topic, true, fields), ...body.flatMap((paragraph) => hitsOf(paragraph, false, fields))].filter((hit) => hit.role !== 'name');
  const threshold = thresholdFor(syllableCount(body.join(' ')));

  const sum = (field: string, role?: Role) => hits.filter((hit) => hit.field === field && (!role || hit.role === role)).reduce((total, hit) => total + hit.weight, 0);
  const order = fields.map((field) => field.id);
  // The heading decides the main field; the body's evidence ranks the rest.
  const ranked = [...new Set(hits.map((hit) => hit.field))].sort((a, b) => sum(b, 'topic') - sum(a, 'topic') || sum(b) - sum(a) || order.indexOf(a) - order.indexOf(b));

  let asked = ranked.filter((field) => sum(field) >= threshold);
  // A task asks work in at least one field: the one with the best evidence.
  if (asked.length === 0 && ranked.length > 0 && sum(ranked[0]) > 0) asked = [ranked[0]];
  // A field named in a list of examples or a stock phrase is mentioned; one named once in passing is left out.
  const mentions = ranked.filter((field) => !asked.includes(field) && hits.some((hit) => hit.field === field && (hit.role === 'listed' || hit.role === 'stock')));

  const evidence = [...asked, ...mentions].map((field) => ({
    field,
    terms: [...new Set(hits.filter((hit) => hit.field === field).map((hit) => normal(hit.words)))],
    weight: Math.round(sum(field) * 100) / 100,
  }));
  const scores = ranked.map((field) => sum(field)).filter((score) => score > 0);
  return { fields: asked, mentions, evidence, confidence: confidenceOf(scores, threshold, topic !== '') };
}

/**
 * How sure the suggestion is: each field with evidence stands on one side of the threshold, the
 * surer the farther (score / (score + threshold) when asked, its complement when not: one half
 * at the threshold itself); the suggestion is as sure as its least sure field, and less when no
 * heading says what the task is about.
 */
function confidenceOf(scores: readonly number[], threshold: number, hasTopic: boolean): number {
  if (scores.length === 0) return 0;
  const sureness = scores.map((score) => (score >= threshold ? score / (score + threshold) : threshold / (score + threshold)));
  return Math.round(Math.min(...sureness) * (hasTopic ? 1 : 0.85) * 100) / 100;
}
