/**
 * Proposes repairs of OCR (scanning) damage in a normalised plan text, for an editor to accept.
 *
 * The text is cut into items: syllables (an OCR'd "o'"/"u'" kept inside: "CO'", "nưó’c"),
 * numbers and single punctuation marks. For each item the proposer lists what the scanner may
 * have read it from:
 *  - the same letters with other tone or vowel marks (triên → triển, tố → tổ, đế → để, dầu →
 *    đầu), which also covers a stray "'" read for the horn of ơ/ư once it is dropped (CO' → cơ);
 *  - the letters after one letter-shape confusion (rn → m, l ↔ i, c ↔ e, ô ↔ ê, h ↔ b, 7 → T);
 *  - for an unknown item, two syllables run together (trongy → trong y); with the next item,
 *    the one syllable the two were cut from (phát tri en → phát triển);
 *  - for a quote mark between words, the dash it was read from (kinh tế “ xã hội).
 * A candidate must be a word the reference texts use, or a dictionary word the document uses.
 *
 * The item as written and its candidates are then weighed as a noisy channel. The language side
 * counts how often each stands between the same neighbours, beside either, and anywhere, in the
 * reference texts and in the document itself (neighbours compared with marks folded away, so a
 * damaged neighbour still counts). The item's own occurrence is left out, and the document's
 * counts weigh only a quarter for the item as written and for words the references never use, so
 * that repeated damage ("Ke hoạch" six times) does not vouch for itself while "phát triển"
 * written 50 times still does. The channel side is the prior that a syllable is damaged,
 * estimated from the document's share of unknown syllables (a clean document needs overwhelming
 * evidence), times how common the kind of damage is: a wrong mark more than a wrong letter, a
 * lost stroke (horn, breve, circumflex, đ bar) far more than an invented one, a confusion the
 * known repairs of other plans record more than one they do not. A real word is never changed
 * for being rare alone: its neighbours must support the candidate. A lower-case word after a
 * full stop is also given its capital, as the reference texts do.
 *
 * Each proposal is one `from` → `to` repair whose `from` is the damaged text, widened by an
 * unchanged neighbouring item where needed so that it stands in the text exactly where the repair
 * belongs. Proposals come most confident first; applied in that order by `applyRepairs` they find
 * exactly their counts and change nothing but the damage they name.
 */
import type { Repair } from '../compile/seed-text.ts';
import { alternateTonePlacement, foldVietnamese } from '../model/vietnamese.ts';

export interface RepairKnowledge {
  /** Clean Vietnamese texts to learn word sequences from (the other plans' texts, as mdxPlainText gives them). */
  referenceTexts: readonly string[];
  /** Repairs recorded for other plans (their corrections files): typical confusions. */
  knownRepairs: readonly Repair[];
  /** True when a syllable is a Vietnamese word (nspell over dictionary-vi, both tone placements). */
  isWord: (syllable: string) => boolean;
}

export interface RepairProposal extends Repair {
  /** 0..1: how sure the proposer is. */
  confidence: number;
  /** Why, in short Vietnamese for an editor. */
  reason: string;
  /** One sentence of the text where `from` stands, to show the editor. */
  example: string;
}

/** A repair is proposed when it is more likely than the text as written. */
export const MIN_CONFIDENCE = 0.5;

/** How likely the scanner is to make each kind of damage, relative to a wrong mark. */
const CHANNEL_WEIGHT = { mark: 1, letter: 0.25, split: 0.25, join: 0.25, punctuation: 0.25 } as const;
type DamageKind = keyof typeof CHANNEL_WEIGHT;

/**
 * How much less likely a reading is when the scanner would have had to invent a vowel mark
 * (breve, circumflex, horn) or the bar of đ: scanning loses small strokes far more often than it
 * adds them, so "lớp" is not a misreading of "lóp".
 */
const INVENTED_MARK_PENALTY = 0.25;

/** How much more likely a confusion is when other plans' recorded repairs show it. */
const KNOWN_CONFUSION_BOOST = 3;

/**
 * How likely a syllable is to be right as written, relative to one the reference texts use: a
 * dictionary word they never use (often damage that still spells a word: "đế" for "để"), and an
 * unknown syllable (a name, an abbreviation, or damage).
 */
const WRITTEN_PRIOR = { inReferences: 1, dictionaryOnly: 0.3, unknown: 0.1 } as const;

/** The weight of the document's own counts where they may be its damage speaking (see Model.evidence). */
const SELF_SUPPORT_WEIGHT = 0.25;

/** Damaged syllables per unknown small-letter syllable: most damage still spells a word. */
const DAMAGE_PER_UNKNOWN_WORD = 4;

/** Letter shapes a scanner confuses, compared on folded (unmarked, lower-case) letters. */
const LETTER_CONFUSIONS: readonly (readonly [seen: string, meant: string])[] = [
  ['rn', 'm'],
  ['l', 'i'],
  ['i', 'l'],
  ['c', 'e'],
  ['e', 'c'],
  ['o', 'e'],
  ['e', 'o'],
  ['n', 'u'],
  ['u', 'n'],
  ['h', 'b'],
  ['b', 'h'],
  ['v', 'y'],
  ['7', 't'],
];

/** Marks a scanner reads for a dash between words ("kinh tế “ xã hội", "36~NQ/TW"). */
const DASH_LOOKALIKES = new Set(['“', '”', '"', '~', '—', '–']);

/** Vowels after which a stray "'", "’" or "*" is the horn of ơ or ư. */
const HORN_BASES = 'oóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữự';
const WORD_CHAR = '[\\p{L}\\p{M}\\d]';
const ITEM = new RegExp(`(?:${WORD_CHAR}*[${HORN_BASES}${HORN_BASES.toUpperCase()}]['’*])+${WORD_CHAR}*|${WORD_CHAR}+|\\S`, 'gu');
const HAS_LETTER = /\p{L}/u;
const HAS_WORD_CHAR = /[\p{L}\d]/u;

interface Item {
  text: string;
  start: number;
  end: number;
  /** Lower case, one tone placement: what counts are keyed by. */
  key: string;
  /** Marks and stray horn marks removed: how neighbours are compared. */
  fold: string;
}

/** One tone placement for "hoá" and "hóa" alike, so both spellings count as one word. */
function canonical(word: string): string {
  const other = alternateTonePlacement(word);
  return other !== null && other < word ? other : word;
}

function tokenize(text: string): Item[] {
  return [...text.matchAll(ITEM)].map((match) => {
    const lower = match[0].toLowerCase();
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      key: canonical(lower),
      fold: foldVietnamese(lower).replace(/['’*]/g, ''),
    };
  });
}

const isSyllable = (item: Item) => HAS_LETTER.test(item.text);
const isWordLike = (item: Item | undefined): item is Item => item !== undefined && HAS_WORD_CHAR.test(item.text);
const startsCapital = (text: string) => /^\p{Lu}/u.test(text);

/** True when `items[index]` begins a sentence: a word after a single full stop that ends a word or number. */
function isSentenceStart(items: readonly Item[], index: number): boolean {
  const [before, stop, item] = [items[index - 2], items[index - 1], items[index]];
  return stop?.text === '.' && isWordLike(before) && stop.start === before.end && item.start > stop.end && isSyllable(item);
}

const SEP = '\t';

function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Counts of words, alone and beside folded neighbours, in one body of text. */
class ContextCounts {
  readonly words = new Map<string, number>();
  readonly withLeft = new Map<string, number>();
  readonly withRight = new Map<string, number>();
  readonly between = new Map<string, number>();
  readonly pairs = new Map<string, number>();

  add(items: readonly Item[]): void {
    items.forEach((item, index) => {
      const [previous, next] = [items[index - 1], items[index + 1]];
      bump(this.words, item.key);
      if (previous) bump(this.withLeft, previous.fold + SEP + item.key);
      if (next) {
        bump(this.withRight, item.key + SEP + next.fold);
        bump(this.pairs, item.key + SEP + next.key);
      }
      if (previous && next) bump(this.between, previous.fold + SEP + item.key + SEP + next.fold);
    });
  }
}

/** How often a word stands in one place's context: between both neighbours, beside either, anywhere. */
interface Evidence {
  between: number;
  beside: number;
  anywhere: number;
}

/** What the proposer knows: counts, candidate words, spellings, known confusions. */
class Model {
  readonly document = new ContextCounts();
  readonly references = new ContextCounts();
  /** Words that may be proposed, by folded spelling. */
  readonly candidatesByFold = new Map<string, Set<string>>();
  /** Each word's spellings (case, tone placement), the document's own weighing most. */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** "written → meant" word pairs from other plans' recorded OCR repairs. */
  private readonly knownConfusions = new Set<string>();
  /** Of reference sentences after a full stop, the share that begins with a capital. */
  readonly capitalAfterStop: number;
  readonly isWord: (syllable: string) => boolean;

  constructor(document: readonly Item[], knowledge: RepairKnowledge) {
    const references = knowledge.referenceTexts.map(tokenize);
    this.isWord = knowledge.isWord;
    this.document.add(document);
    for (const items of references) this.references.add(items);
    // The document's own spelling outweighs the references', so a repair keeps its tone placement.
    for (const [weight, items] of [[1000, document] as const, ...references.map((items) => [1, items] as const)]) {
      for (const item of items.filter(isSyllable)) {
        const forms = this.spellings.get(item.key) ?? new Map<string, number>();
        bump(forms, item.text, weight);
        this.spellings.set(item.key, forms);
      }
    }
    for (const item of [...references.flat(), ...document]) {
      if (!isSyllable(item) || /['’*]/.test(item.text) || !this.isKnown(item.key)) continue;
      const words = this.candidatesByFold.get(item.fold) ?? new Set<string>();
      words.add(item.key);
      this.candidatesByFold.set(item.fold, words);
    }
    for (const repair of knowledge.knownRepairs.filter((known) => known.kind === 'ocr')) {
      const [written, meant] = [tokenize(repair.from), tokenize(repair.to)];
      if (written.length !== meant.length) continue;
      written.forEach((item, index) => {
        if (item.key !== meant[index].key) this.knownConfusions.add(item.key + SEP + meant[index].key);
      });
    }
    const starts = references.flatMap((items) => items.filter((_, index) => isSentenceStart(items, index)));
    this.capitalAfterStop = (starts.filter((item) => startsCapital(item.text)).length + 1) / (starts.length + 2);
  }

  inReferences(key: string): boolean {
    return this.references.words.has(key);
  }

  isKnown(key: string): boolean {
    return this.inReferences(key) || this.isWord(key);
  }

  isKnownConfusion(written: string, meant: string): boolean {
    return this.knownConfusions.has(written + SEP + meant);
  }

  /**
   * The evidence for `key` between `previous` and `next`: reference counts plus the document's.
   * The document may be damaged, so its counts weigh fully only for a word the references also
   * use; for the item as written (`asWritten`, its own occurrence left out) they never do, so
   * repeated damage does not vouch for itself. A punctuation mark alone says little about the
   * word beside it, so only word neighbours count as "beside".
   */
  evidence(key: string, previous: Item | undefined, next: Item | undefined, asWritten = false): Evidence {
    const documentWeight = asWritten || !this.inReferences(key) ? SELF_SUPPORT_WEIGHT : 1;
    const count = (counts: (body: ContextCounts) => Map<string, number>, at: string) =>
      (counts(this.references).get(at) ?? 0) + documentWeight * ((counts(this.document).get(at) ?? 0) - (asWritten ? 1 : 0));
    return {
      between: previous && next ? count((body) => body.between, previous.fold + SEP + key + SEP + next.fold) : 0,
      beside:
        (isWordLike(previous) ? count((body) => body.withLeft, previous.fold + SEP + key) : 0) +
        (isWordLike(next) ? count((body) => body.withRight, key + SEP + next.fold) : 0),
      anywhere: count((body) => body.words, key),
    };
  }

  pairCount(first: string, second: string): number {
    const key = first + SEP + second;
    return (this.references.pairs.get(key) ?? 0) + (this.document.pairs.get(key) ?? 0);
  }

  wordCount(key: string): number {
    return (this.references.words.get(key) ?? 0) + (this.document.words.get(key) ?? 0);
  }

  /** How `key` is spelled (its tone placement), the document's own spelling first. */
  spelling(key: string): string {
    const forms = this.spellings.get(key);
    if (!forms) return key;
    return [...forms].sort((a, b) => b[1] - a[1])[0][0];
  }

  /** True when `key` is only ever written in capitals: an abbreviation such as UBND. */
  isAbbreviation(key: string): boolean {
    const forms = [...(this.spellings.get(key)?.keys() ?? [])];
    return key.length > 1 && forms.length > 0 && forms.every((form) => form === form.toUpperCase());
  }
}

/** A candidate reading of one item: the word (or two words) it stands for, and how it was damaged. */
interface Hypothesis {
  words: string[];
  kind: DamageKind;
}

/** One decided change: items first..last (inclusive) become `replacement`. */
interface Edit {
  first: number;
  last: number;
  replacement: string;
  confidence: number;
  reason: string;
}

/** The repairs worth proposing for `normalisedText`, most confident first. */
export function proposeRepairs(normalisedText: string, knowledge: RepairKnowledge): RepairProposal[] {
  const items = tokenize(normalisedText);
  const model = new Model(items, knowledge);
  const damageRate = estimateDamageRate(items, model);
  const edits = [...substitutionEdits(items, model, damageRate), ...splitEdits(items, model, damageRate)];
  return toProposals(normalisedText, items, capitalise(items, withoutOverlaps(edits), model));
}

/**
 * The prior probability that a syllable is damaged, from the damage that shows: small-letter
 * syllables of two letters or more that neither the reference texts nor the dictionary know
 * (capitals are mostly abbreviations and names, a lone letter mostly a list mark).
 */
function estimateDamageRate(items: readonly Item[], model: Model): number {
  const syllables = items.filter(isSyllable);
  const unknown = syllables.filter((item) => item.fold.length > 1 && item.text === item.text.toLowerCase() && !model.isKnown(item.key));
  return Math.min(0.2, (DAMAGE_PER_UNKNOWN_WORD * (unknown.length + 0.5)) / (syllables.length + 1));
}

/** The breves, circumflexes, horns and đ bars of a word; a stray mark after o or u counts as its horn. */
function strokesOf(word: string): string[] {
  const horned = word
    .normalize('NFD')
    .replace(/([ou])(\p{M}*)['’*]/gu, (_, vowel: string, marks: string) => vowel + marks + (marks.includes('\u031B') ? '' : '\u031B'));
  return horned.match(/[\u0306\u0302\u031B]|đ/gu) ?? [];
}

/** True when `written` has a stroke that `meant` lacks: the scanner would have invented it. */
function inventsStroke(written: string, meant: string): boolean {
  const left = strokesOf(meant);
  return strokesOf(written).some((stroke) => {
    const at = left.indexOf(stroke);
    if (at !== -1) left.splice(at, 1);
    return at === -1;
  });
}

/** The folded spellings one letter-shape confusion away from `fold`. */
function confusedFolds(fold: string): string[] {
  const results: string[] = [];
  for (const [seen, meant] of LETTER_CONFUSIONS) {
    for (let at = fold.indexOf(seen); at !== -1; at = fold.indexOf(seen, at + 1)) {
      results.push(fold.slice(0, at) + meant + fold.slice(at + seen.length));
    }
  }
  return results;
}

/** The hypotheses for one item: other marks, a letter confusion, a dash, two words run together. */
function hypothesesFor(items: readonly Item[], index: number, model: Model): Hypothesis[] {
  const item = items[index];
  const hypotheses: Hypothesis[] = [];
  const seen = new Set([item.key]);
  const add = (words: string[], kind: DamageKind) => {
    if (seen.has(words.join(' '))) return;
    seen.add(words.join(' '));
    hypotheses.push({ words, kind });
  };
  if (DASH_LOOKALIKES.has(item.text)) add(['-'], 'punctuation');
  if (!isSyllable(item)) return hypotheses;
  for (const word of model.candidatesByFold.get(item.fold) ?? []) add([word], 'mark');
  for (const fold of confusedFolds(item.fold)) for (const word of model.candidatesByFold.get(fold) ?? []) add([word], 'letter');
  if (!model.isKnown(item.key)) {
    for (let at = 1; at < item.key.length; at++) {
      const [head, tail] = [item.key.slice(0, at), item.key.slice(at)];
      if (model.isKnown(head) && model.isKnown(tail) && model.pairCount(head, tail) > 0) add([head, tail], 'join');
    }
  }
  return hypotheses;
}

/** The evidence for a hypothesis of one word, or of two words: each beside its outer neighbour, and the pair itself. */
function hypothesisEvidence(items: readonly Item[], index: number, hypothesis: Hypothesis, model: Model): Evidence {
  const [previous, next] = [items[index - 1], items[index + 1]];
  const [head, tail] = hypothesis.words;
  if (tail === undefined) return model.evidence(head, previous, next);
  const beside = model.evidence(head, previous, undefined).beside + model.evidence(tail, undefined, next).beside;
  const pair = model.pairCount(head, tail);
  return { between: 0, beside: beside + pair, anywhere: pair };
}

/**
 * The probability of each reading given its evidence: counts between both neighbours, beside
 * either, and anywhere, each level trusted in proportion to how much it has seen.
 */
function contextProbabilities(evidence: readonly Evidence[]): number[] {
  const probabilities = evidence.map(() => 0);
  let remaining = 1;
  for (const level of ['between', 'beside'] as const) {
    const values = evidence.map((entry) => Math.max(0, entry[level]));
    const total = values.reduce((sum, value) => sum + value, 0);
    if (total === 0) continue;
    const weight = (remaining * total) / (total + 2);
    values.forEach((value, index) => (probabilities[index] += (weight * value) / total));
    remaining -= weight;
  }
  const values = evidence.map((entry) => Math.max(0, entry.anywhere) + 0.5);
  const total = values.reduce((sum, value) => sum + value, 0);
  values.forEach((value, index) => (probabilities[index] += (remaining * value) / total));
  return probabilities;
}

function writtenTier(item: Item, model: Model): keyof typeof WRITTEN_PRIOR {
  if (!isSyllable(item) || model.inReferences(item.key)) return 'inReferences';
  return model.isWord(item.key) ? 'dictionaryOnly' : 'unknown';
}

/** Single-item edits: for each item, its most likely reading when that is not the item as written. */
function substitutionEdits(items: readonly Item[], model: Model, damageRate: number): Edit[] {
  const edits: Edit[] = [];
  items.forEach((item, index) => {
    // A lone letter is too short to tell damage from an abbreviation or a list mark.
    if (isSyllable(item) && item.fold.length < 2) return;
    const hypotheses = hypothesesFor(items, index, model);
    if (hypotheses.length === 0) return;
    const [previous, next] = [items[index - 1], items[index + 1]];
    const tier = writtenTier(item, model);
    const support = hypotheses.map((hypothesis) => hypothesisEvidence(items, index, hypothesis, model));
    const probabilities = contextProbabilities([model.evidence(item.key, previous, next, true), ...support]);
    const seenElsewhere = (hypothesis: Hypothesis) => hypothesis.words.length === 1 && model.isKnownConfusion(item.key, hypothesis.words[0]);
    const channel = (hypothesis: Hypothesis) =>
      CHANNEL_WEIGHT[hypothesis.kind] *
      (seenElsewhere(hypothesis) ? KNOWN_CONFUSION_BOOST : 1) *
      (inventsStroke(item.key, hypothesis.words.join('')) ? INVENTED_MARK_PENALTY : 1);
    const weights = [
      probabilities[0] * (1 - damageRate) * WRITTEN_PRIOR[tier],
      ...hypotheses.map((hypothesis, at) => probabilities[at + 1] * damageRate * channel(hypothesis)),
    ];
    const best = weights.indexOf(Math.max(...weights.slice(1)), 1);
    const confidence = weights[best] / weights.reduce((sum, weight) => sum + weight, 0);
    const hypothesis = hypotheses[best - 1];
    // A real word is changed only on its neighbours' evidence, not for being rarer.
    const fromNeighbours = support[best - 1].between + support[best - 1].beside > 0;
    if (confidence < MIN_CONFIDENCE || (tier !== 'unknown' && !fromNeighbours)) return;
    const replacement = hypothesis.words.map((word, at) => withCaseOf(item.text, word, items, index, model, at === 0)).join(' ');
    const written = tier === 'unknown' ? `“${item.text}” không phải tiếng Việt` : `“${item.text}” ít gặp ở chỗ này`;
    const known = seenElsewhere(hypothesis) ? '; lỗi quét đã gặp ở văn bản khác' : '';
    edits.push({ first: index, last: index, replacement, confidence, reason: `${written}; ${supportOf(items, index, index, replacement, model)}${known}` });
  });
  return edits;
}

/** Two-item edits: a syllable the scanner cut in two ("tri en", "chu ấn", "7 ang"). */
function splitEdits(items: readonly Item[], model: Model, damageRate: number): Edit[] {
  const edits: Edit[] = [];
  for (let index = 0; index + 1 < items.length; index++) {
    const [head, tail] = [items[index], items[index + 1]];
    // Two short pieces one space apart, the second of letters ("tri en", "7 ang").
    if (!isWordLike(head) || !isWordLike(tail) || !isSyllable(tail) || tail.start !== head.end + 1 || head.fold.length > 4 || tail.fold.length > 3) continue;
    const [previous, next] = [items[index - 1], items[index + 2]];
    const asWritten = model.pairCount(head.key, tail.key) - 1;
    const prior = model.isKnown(head.key) && model.isKnown(tail.key) ? WRITTEN_PRIOR.dictionaryOnly : WRITTEN_PRIOR.unknown;
    const joined = head.fold + tail.fold;
    const readings = [[joined, 'split'] as const, ...confusedFolds(joined).map((fold) => [fold, 'letter'] as const)];
    for (const [fold, kind] of readings) {
      for (const word of model.candidatesByFold.get(fold) ?? []) {
        const evidence = model.evidence(word, previous, next);
        if (evidence.beside < 2) continue;
        const [forWord, forPair] = contextProbabilities([evidence, { between: 0, beside: asWritten, anywhere: asWritten }]);
        const weight = forWord * damageRate * CHANNEL_WEIGHT[kind] * (inventsStroke(head.key + tail.key, word) ? INVENTED_MARK_PENALTY : 1);
        const confidence = weight / (weight + forPair * (1 - damageRate) * prior);
        if (confidence < MIN_CONFIDENCE) continue;
        const replacement = withCaseOf(head.text, word, items, index, model, true);
        const reason = `“${head.text} ${tail.text}” là một chữ bị tách; ${supportOf(items, index, index + 1, replacement, model)}`;
        edits.push({ first: index, last: index + 1, replacement, confidence, reason });
      }
    }
  }
  return edits;
}

/** Keeps the more confident of two edits that touch the same item. */
function withoutOverlaps(edits: readonly Edit[]): Edit[] {
  const taken = new Set<number>();
  const kept: Edit[] = [];
  for (const edit of [...edits].sort((a, b) => b.confidence - a.confidence)) {
    const span = Array.from({ length: edit.last - edit.first + 1 }, (_, at) => edit.first + at);
    if (span.some((index) => taken.has(index))) continue;
    span.forEach((index) => taken.add(index));
    kept.push(edit);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/**
 * Writes `word`, standing for `items[index]`, in the case it needs: an abbreviation in its
 * capitals (ƯBND → UBND); a word of a heading in capitals (TỎ CHỨC → TỔ CHỨC); small letters read
 * as capitals in running text kept small (CO' → cơ); a first capital where the original has one
 * or has a 7 read for T. `first` is false for the second word of two run together.
 */
function withCaseOf(original: string, word: string, items: readonly Item[], index: number, model: Model, first: boolean): string {
  const spelled = model.spelling(word);
  if (model.isAbbreviation(word)) return spelled;
  const lower = spelled.toLowerCase();
  if (!first) return lower;
  const letters = original.replace(/[^\p{L}\d]/gu, '');
  const allCapitals = letters.length > 1 && letters === letters.toUpperCase();
  const inHeading = [items[index - 1], items[index + 1]].some(
    (item) => item && isSyllable(item) && item.text.length > 1 && item.text === item.text.toUpperCase(),
  );
  if (allCapitals && inHeading) return lower.toUpperCase();
  if (!allCapitals && /^[\p{Lu}7]/u.test(original)) return lower[0].toUpperCase() + lower.slice(1);
  return lower;
}

/** Gives a capital to a sentence's first word left in small letters, repaired or not. */
function capitalise(items: readonly Item[], edits: readonly Edit[], model: Model): Edit[] {
  if (model.capitalAfterStop < MIN_CONFIDENCE) return [...edits];
  const result = [...edits];
  const reason = `đầu câu viết hoa (${Math.round(model.capitalAfterStop * 100)}% câu trong kho)`;
  items.forEach((item, index) => {
    if (!isSentenceStart(items, index)) return;
    const at = result.findIndex((edit) => edit.first === index);
    const edit = at === -1 ? undefined : result[at];
    const current = edit ? edit.replacement : item.text;
    if (!/^\p{Ll}/u.test(current)) return;
    const replacement = current[0].toUpperCase() + current.slice(1);
    if (edit) result[at] = { ...edit, replacement, reason: `${edit.reason}; ${reason}`, confidence: edit.confidence * model.capitalAfterStop };
    else result.push({ first: index, last: index, replacement, confidence: model.capitalAfterStop, reason: `Chữ “${item.text}” ${reason}` });
  });
  return result.sort((a, b) => a.first - b.first);
}

/** "“phát triển” có 57 lần trong văn bản và kho": the neighbouring phrase that best supports a replacement. */
function supportOf(items: readonly Item[], first: number, last: number, replacement: string, model: Model): string {
  const words = tokenize(replacement);
  const [previous, next] = [items[first - 1], items[last + 1]];
  const before = isWordLike(previous) && words.length > 0 ? model.pairCount(previous.key, words[0].key) : 0;
  const after = isWordLike(next) && words.length > 0 ? model.pairCount(words[words.length - 1].key, next.key) : 0;
  if (before === 0 && after === 0) return `“${replacement}” có ${words.length > 0 ? model.wordCount(words[0].key) : 0} lần trong văn bản và kho`;
  const phrase = before >= after ? `${previous!.text} ${replacement}` : `${replacement} ${next!.text}`;
  return `“${phrase}” có ${Math.max(before, after)} lần trong văn bản và kho`;
}

/** A run of adjacent edits: one change of the text, from offset `start` to `end`. */
interface Unit {
  start: number;
  end: number;
  first: number;
  last: number;
  from: string;
  to: string;
  confidence: number;
  reason: string;
}

function unitsOf(text: string, items: readonly Item[], edits: readonly Edit[]): Unit[] {
  const units: Unit[] = [];
  for (const edit of edits) {
    const [start, end] = [items[edit.first].start, items[edit.last].end];
    const previous = units.at(-1);
    if (previous && previous.last + 1 === edit.first) {
      previous.to += text.slice(previous.end, start) + edit.replacement;
      Object.assign(previous, { end, last: edit.last, from: text.slice(previous.start, end) });
      previous.confidence = Math.min(previous.confidence, edit.confidence);
      previous.reason += `; ${edit.reason}`;
    } else {
      const { first, last, replacement: to, confidence, reason } = edit;
      units.push({ start, end, first, last, from: text.slice(start, end), to, confidence, reason });
    }
  }
  return units.filter((unit) => unit.from !== unit.to);
}

/** Where `needle` stands in `text`, without overlaps, as `String.split` finds it. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** The sentence around `offset`, shortened to about 200 characters around it. */
function sentenceAround(text: string, offset: number): string {
  const start = text.slice(0, offset).search(/(?<=[.;:?!]\s)[^.;:?!]*$/);
  const end = /[.;:?!](?=\s|$)/.exec(text.slice(offset));
  const sentence = text.slice(Math.max(0, start), end ? offset + end.index + 1 : text.length);
  if (sentence.length <= 200) return sentence;
  const from = Math.max(0, offset - Math.max(0, start) - 100);
  return `…${sentence.slice(from, from + 200)}…`;
}

/**
 * Turns units into repairs. Each `from` is the unit's text, or that text widened by the unchanged
 * item before and/or after it, whichever first stands in the text only where a unit with the same
 * change stands (and reaches into no other unit); units no such `from` singles out are dropped.
 */
function toProposals(text: string, items: readonly Item[], edits: readonly Edit[]): RepairProposal[] {
  const units = unitsOf(text, items, edits);
  const unitAt = new Map(units.map((unit) => [unit.start, unit]));
  const edited = new Set(units.flatMap((unit) => Array.from({ length: unit.last - unit.first + 1 }, (_, at) => unit.first + at)));
  const covered = new Set<Unit>();
  const proposals: RepairProposal[] = [];
  for (const unit of units) {
    if (covered.has(unit)) continue;
    const previous = unit.first > 0 && !edited.has(unit.first - 1) ? items[unit.first - 1] : undefined;
    const next = unit.last + 1 < items.length && !edited.has(unit.last + 1) ? items[unit.last + 1] : undefined;
    const windows = [[unit.start, unit.end]];
    if (next) windows.push([unit.start, next.end]);
    if (previous) windows.push([previous.start, unit.end]);
    if (previous && next) windows.push([previous.start, next.end]);
    for (const [start, end] of windows) {
      const from = text.slice(start, end);
      const found = occurrences(text, from);
      const group = found.map((at) => unitAt.get(at + unit.start - start));
      const fits = group.every(
        (other, index): other is Unit =>
          other !== undefined &&
          other.from === unit.from &&
          other.to === unit.to &&
          !covered.has(other) &&
          units.every((third) => third === other || third.end <= found[index] || third.start >= found[index] + from.length),
      );
      if (!fits) continue;
      group.forEach((other) => covered.add(other));
      proposals.push({
        from,
        to: text.slice(start, unit.start) + unit.to + text.slice(unit.end, end),
        count: group.length,
        kind: 'ocr',
        confidence: Math.min(...group.map((other) => other.confidence)),
        reason: unit.reason,
        example: sentenceAround(text, unit.start),
      });
      break;
    }
  }
  return applicableInOrder(text, proposals.sort((a, b) => b.confidence - a.confidence));
}

/**
 * Keeps the repairs that, applied in order, find exactly their counts. An earlier repair's result
 * could in principle make a later `from` stand somewhere more ("vả ứng" → "và ứng" beside a
 * "và ứng" window); such a repair is left out rather than allowed to change more than it names.
 */
function applicableInOrder(text: string, proposals: readonly RepairProposal[]): RepairProposal[] {
  let current = text;
  return proposals.filter((proposal) => {
    if (occurrences(current, proposal.from).length !== proposal.count) return false;
    current = current.split(proposal.from).join(proposal.to);
    return true;
  });
}
