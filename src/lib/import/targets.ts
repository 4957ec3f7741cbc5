/**
 * Finds the quantitative targets (chỉ tiêu) of a paragraph, for the editor to confirm, following
 * the conventions of the curated plans:
 * - the phrase holds the comparison words and the value ("trên 60%", "từ 10% trở lên", "tăng 50%"),
 *   a count ends with its unit ("ít nhất 6 sản phẩm OCOP", "từ 2 - 5 giống"), a percentage runs on
 *   to the noun it is a share of when that follows ("100% chất thải rắn sinh hoạt đô thị"), and a
 *   rank holds its group and what the group leads ("nhóm 03 tỉnh đứng đầu Vùng …");
 * - the measure is said in the text's own words: "Số …" or "Tỷ lệ …" and the counted noun when the
 *   value comes before it ("Số sản phẩm OCOP được đăng ký nhãn hiệu"), the sentence's subject when
 *   the value follows it ("Tỷ lệ giá trị nông sản … đạt trên 60%");
 * - the horizon is the year the sentence sets ("đến năm 2030"), else the one the paragraph's opening
 *   label sets ("Đến năm 2030: …"), else the heading's, given by the caller.
 * Numbers that are dates, years, document or section numbers are never targets, and a bare number
 * counts only with a unit that is counted or measured (products, firms, hectares), never with one
 * of time: "sau 5 năm" is a duration.
 */

export interface TargetSuggestion {
  /** Offsets of the phrase in the paragraph text given. */
  start: number;
  end: number;
  phrase: string;
  horizon: '2030' | '2045' | null;
  value: string;
  unit: string;
  comparison: 'atLeast' | 'moreThan' | 'exactly' | 'range' | 'rank';
  /** What is measured, in the text's own words, sentence case. */
  measure: string;
  confidence: number;
}

type Comparison = TargetSuggestion['comparison'];
type Horizon = TargetSuggestion['horizon'];

/**
 * What the value is: a share ("60%"), a count of things ("6 sản phẩm"), an amount of something
 * the sentence names ("1.500 tỷ đồng", "gấp 2 lần"), a change ("tăng 50%", "giảm 10%") or a rank.
 */
type Kind = 'share' | 'count' | 'amount' | 'tăng' | 'giảm' | 'rank';

interface Candidate {
  start: number;
  end: number;
  value: string;
  unit: string;
  comparison: Comparison;
  kind: Kind;
  /** The noun the value counts or is a share of, when the phrase holds it ("sản phẩm OCOP"). */
  noun: string;
  confidence: number;
}

/** A number as Vietnamese writes it: "6", "03", "2.000" (thousands), "1,5" (decimal). */
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/**
 * Words before a value that say how it compares, longest first ("không dưới" before "dưới").
 * The schema has no "at most": "dưới 5%" keeps its words in the phrase, is suggested as exactly
 * with little confidence, and the editor decides.
 */
const QUALIFIERS: [string, Comparison | 'atMost'][] = [
  ['không vượt quá', 'atMost'],
  ['không ít hơn', 'atLeast'],
  ['không dưới', 'atLeast'],
  ['không quá', 'atMost'],
  ['ít nhất', 'atLeast'],
  ['tối thiểu', 'atLeast'],
  ['tối đa', 'atMost'],
  ['cao hơn', 'moreThan'],
  ['trên', 'moreThan'],
  ['hơn', 'moreThan'],
  ['vượt', 'moreThan'],
  ['dưới', 'atMost'],
  ['khoảng', 'exactly'],
  ['gần', 'exactly'],
  ['từ', 'atLeast'],
];
/** Units of things that are counted: the measure is the number of them. */
const COUNTED_UNITS = [
  'phòng thí nghiệm', 'hợp tác xã', 'doanh nghiệp', 'sản phẩm', 'trung tâm', 'mô hình', 'đề tài', 'dự án',
  'nhiệm vụ', 'chuyên gia', 'cán bộ', 'tiến sĩ', 'thạc sĩ', 'sáng chế', 'nhãn hiệu', 'chỉ dẫn địa lý',
  'quy trình', 'công nghệ', 'cơ sở', 'tổ chức', 'nhà máy', 'chuỗi', 'vùng', 'giống', 'chủng', 'loại',
  'người', 'lượt', 'hộ', 'tỉnh', 'huyện', 'xã',
];
/** Units that measure something the sentence names ("giá trị sản phẩm đạt 1.500 tỷ đồng"). */
const AMOUNT_UNITS = ['nghìn tỷ đồng', 'tỷ đồng', 'triệu đồng', 'đồng', 'héc-ta', 'hecta', 'ha', 'tấn', 'lần'];
/** Words that end a noun phrase: prepositions, verbs of being and linking. */
const PHRASE_ENDS = new Set([
  'tại', 'của', 'được', 'có', 'cho', 'trong', 'trên', 'ở', 'với', 'vào', 'theo', 'để', 'nhằm', 'đạt',
  'thuộc', 'từ', 'đến', 'so', 'là', 'bằng', 'trở', 'về', 'khi', 'sau', 'trước', 'đã', 'sẽ', 'đang',
  'phục', 'góp', 'mỗi', 'hằng', 'năm', 'đối',
]);
/** Words that join two parts of one noun phrase ("Vùng trung du và miền núi"), never its first or last word. */
const JOINERS = new Set(['và', 'hoặc']);
/** Words before a number that make it a document, section, date or year, not a value. */
const NOT_A_VALUE_BEFORE =
  /(?:nghị quyết|kế hoạch|chương trình|quyết định|chỉ thị|kết luận|thông tư|nghị định|công văn|văn bản|luật|điều|khoản|mục|điểm|phụ lục|khóa|khoá|thứ|số|ngày|tháng|năm|quý|giai đoạn)\s*(?:số\s*)?$/u;
/** Nouns that open a subject naming the measure itself ("Tỷ lệ … đạt 60%", "Tổng diện tích …"). */
const MEASURE_NOUNS = /^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng|số lượng|số|giá trị|diện tích|mức|năng suất|sản lượng|doanh thu|kim ngạch|tốc độ)(?![\p{L}\p{N}])/iu;
/** What opens a clause without being its measure: a time ("Đến năm 2025, …", "Hằng năm") or an aim ("Phấn đấu"). */
const CLAUSE_OPENING = /^(?:phấn đấu\s+)?(?:(?:đến|tới|trong|vào)\s+)?(?:năm|giai đoạn)\s+[\d\s–-]+,?\s*|^(?:hằng|hàng) năm,?\s+|^phấn đấu\s+/iu;
/** A preposition left hanging at either end of a piece of the clause ("tập huấn cho"). */
const HANGING_PREPOSITION = /\s+(?:cho|của|với|trong|tại|về)$/iu;
/** Verbs between a subject and its value: "Tỷ lệ … đạt trên 60%", "Bắc Giang nằm trong nhóm …". */
const LINKING_WORDS = /(?:^|\s+)(?:phấn đấu|đạt|là|chiếm|ở mức|bằng|nằm trong|thuộc|giảm còn|giảm xuống|tăng lên|còn|có)$/iu;
/** Words after which the verb acting on a counted noun starts: "góp phần xử lý, thu gom 100% …". */
const ACTION_AFTER = /^.*(?:^|\s)(?:góp phần|phấn đấu|nhằm|để|trong đó)(?=\s|$)/iu;
/** Prepositions that carry a subject's measure on past the value: "đóng góp 10% vào tăng trưởng GRDP". */
const CONTINUES_MEASURE = /^(?:vào|cho|so với|của|về|trong)\s/iu;
/** A year that sets a horizon: "đến năm 2030", "Năm 2045, …"; "so với năm 2020" is a baseline. */
const HORIZON_YEAR = /(?:(?:đến|tới|vào|trong)\s+|^)năm\s+(\d{4})/giu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: readonly string[]) => list.map(escape).join('|');
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,-])(?:(?<qualifier>${alternatives(QUALIFIERS.map(([words]) => words))})\s+|(?<change>tăng|giảm)\s+)?(?<low>${NUMBER})(?:\s*%?(?:\s*[-–]\s*|\s+đến\s+)(?<high>${NUMBER}))?\s*%(?<orMore>\s+trở lên)?`,
  'gu',
);
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,-])(?:(?<qualifier>${alternatives(QUALIFIERS.map(([words]) => words))})\s+|(?<times>(?:tăng\s+)?gấp)\s+)?(?<low>${NUMBER})(?:\s*[-–]\s*(?<high>${NUMBER})|\s+đến\s+(?<upTo>${NUMBER}))?\s+(?<unit>${alternatives([...COUNTED_UNITS, ...AMOUNT_UNITS])})(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * A count whose unit is not in the lists, which only a qualifier makes a target: "ít nhất 02 lớp".
 * Units of time are durations, not counts.
 */
const QUALIFIED_COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,-])(?<qualifier>${alternatives(QUALIFIERS.map(([words]) => words))})\s+(?<low>${NUMBER})(?:\s*[-–]\s*(?<high>${NUMBER})|\s+đến\s+(?<upTo>${NUMBER}))?\s+(?!(?:năm|tháng|ngày|tuần|quý|giờ|phút|giai đoạn)(?![\p{L}\p{N}]))(?<unit>\p{L}+)(?![\p{L}\p{N}])`,
  'gu',
);
const RANK = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:nhóm|top|tốp)\s+(?<value>${NUMBER})\s+(?<unit>[\p{L}-]+)\s+(?:đứng đầu|dẫn đầu|hàng đầu|cao nhất|tốt nhất)(?![\p{L}\p{N}])`, 'gu');
/** A kind written in capitals right after a counted unit: "6 sản phẩm OCOP". */
const KIND_IN_CAPITALS = /^\s+\p{Lu}{2,}(?![\p{L}\p{N}])/u;

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
/** "03" → "3", "2 - 5" → "2-5", as the curated plans write values. */
const cleanValue = (low: string, high?: string) => (high ? [low, high] : [low]).map((number) => number.replace(/^0+(?=\d)/, '')).join('-');

/** The comparison a qualifier and the shape of the value give, and how sure it is. */
function comparisonOf(qualifier: string | undefined, isRange: boolean, orMore: boolean): { comparison: Comparison; sure: boolean } {
  if (isRange) return { comparison: 'range', sure: true };
  if (orMore) return { comparison: 'atLeast', sure: true };
  const found = QUALIFIERS.find(([words]) => words === qualifier)?.[1] ?? 'exactly';
  return found === 'atMost' ? { comparison: 'exactly', sure: false } : { comparison: found, sure: true };
}

/** True when the number at `start` is a date, a year, a document or section number. */
function isNotAValue(lower: string, start: number, number: string): boolean {
  const after = lower.slice(start + number.length);
  if (NOT_A_VALUE_BEFORE.test(lower.slice(Math.max(0, start - 30), start).trimEnd())) return true;
  // "36-NQ/TW", "30/01/2023", but not the range "2 - 5 giống".
  if (/^[/-]\s*[\p{L}\d]/u.test(after) && !/^\s*[-–]\s*\d+\s*(?:%|\p{L})/u.test(after)) return true;
  return /^(?:19|20)\d\d$/.test(number);
}

/**
 * True when the list item opening at `at` is short and closes where the noun phrase would: one or
 * two words, then a comma, the end of the clause or a word that ends the phrase ("phường, thị trấn tại").
 */
function isShortItem(lower: string, at: number): boolean {
  const item = /^[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*(?:[,;.]|$)|\s+(\p{L}+))/u.exec(lower.slice(at));
  return item !== null && (item[1] === undefined || PHRASE_ENDS.has(item[1]));
}

/**
 * Where the noun phrase that starts at `from` ends: before punctuation, a number or a word that
 * opens a new part of the sentence; a comma carries on only into a short item of the same list.
 */
function nounPhraseEnd(lower: string, from: number): number {
  const token = /\s*(,?)\s*([\p{L}\p{N}][\p{L}\p{N}-]*)/uy;
  token.lastIndex = from;
  let end = from;
  let count = 0;
  for (let match = token.exec(lower); match && count < 12; match = token.exec(lower)) {
    const [whole, comma, word] = match;
    if (/\d/.test(word) || PHRASE_ENDS.has(word) || (JOINERS.has(word) && count === 0)) break;
    if (comma && (count === 0 || !isShortItem(lower, match.index + whole.length - word.length))) break;
    if (JOINERS.has(word)) continue;
    end = token.lastIndex;
    count++;
  }
  return end;
}

/** The targets' readings, matched on the lower-case text (the same length as the text for Vietnamese). */
function candidatesIn(text: string): Candidate[] {
  const lower = text.toLowerCase();
  const found: Candidate[] = [];
  for (const match of lower.matchAll(RANK)) {
    const { value, unit } = match.groups!;
    const end = nounPhraseEnd(lower, match.index + match[0].length);
    found.push({ start: match.index, end, value: cleanValue(value), unit, comparison: 'rank', kind: 'rank', noun: unit, confidence: 0.8 });
  }
  for (const match of lower.matchAll(PERCENT)) {
    const { qualifier, change, low, high, orMore } = match.groups!;
    if (isNotAValue(lower, match.index + match[0].indexOf(low), low)) continue;
    const valueEnd = match.index + match[0].length;
    // "đạt 10%" ends the phrase; "10% sản phẩm hàng hóa" runs on to the noun it is a share of.
    const end = orMore ? valueEnd : nounPhraseEnd(lower, valueEnd);
    const { comparison, sure } = comparisonOf(qualifier, Boolean(high), Boolean(orMore));
    const confidence = !sure ? 0.4 : qualifier || orMore || change ? 0.9 : 0.75;
    const kind = (change as 'tăng' | 'giảm' | undefined) ?? 'share';
    found.push({ start: match.index, end, value: cleanValue(low, high), unit: '%', comparison, kind, noun: text.slice(valueEnd, end).trim(), confidence });
  }
  for (const match of lower.matchAll(COUNT)) {
    const { qualifier, times, low, high, upTo, unit } = match.groups!;
    if (isNotAValue(lower, match.index + match[0].indexOf(low), low)) continue;
    const unitAt = match.index + match[0].length - unit.length;
    let end = match.index + match[0].length;
    end += KIND_IN_CAPITALS.exec(text.slice(end))?.[0].length ?? 0;
    const orMore = /^\s+trở lên/u.exec(lower.slice(end));
    const top = high ?? upTo;
    const { comparison, sure } = comparisonOf(qualifier, Boolean(top), Boolean(orMore));
    const kind = COUNTED_UNITS.includes(unit) && !times ? 'count' : 'amount';
    const confidence = !sure ? 0.4 : qualifier || top || times ? 0.85 : 0.65;
    found.push({ start: match.index, end: end + (orMore?.[0].length ?? 0), value: cleanValue(low, top), unit, comparison, kind, noun: text.slice(unitAt, end), confidence });
  }
  for (const match of lower.matchAll(QUALIFIED_COUNT)) {
    const { qualifier, low, high, upTo, unit } = match.groups!;
    if (PHRASE_ENDS.has(unit) || JOINERS.has(unit) || isNotAValue(lower, match.index + match[0].indexOf(low), low)) continue;
    const top = high ?? upTo;
    const { comparison, sure } = comparisonOf(qualifier, Boolean(top), false);
    const end = match.index + match[0].length;
    found.push({ start: match.index, end, value: cleanValue(low, top), unit, comparison, kind: 'count', noun: text.slice(end - unit.length, end), confidence: sure ? 0.5 : 0.3 });
  }
  // Where two readings overlap ("nhóm 03 tỉnh" is a rank, not a count of provinces), the first found stays.
  const kept: Candidate[] = [];
  for (const candidate of found) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Start and end of the sentence around `at`: stops that end a sentence, not "2.1." or "1.000". */
function sentenceAround(text: string, at: number): [number, number] {
  const boundaries = [...text.matchAll(/(?<!\d)[.!?](?=\s+\p{Lu})|[.!?]$/gu)].map((match) => match.index + 1);
  const start = boundaries.filter((boundary) => boundary <= at).at(-1) ?? 0;
  const end = boundaries.find((boundary) => boundary > at) ?? text.length;
  return [start, end];
}

/**
 * The year the sentence sets for the target (the last before it, else the first after it), else
 * the one the paragraph's opening label sets ("Đến năm 2030: …"), else `fallback`, the heading's.
 * A year other than 2030 and 2045 gives none: the target is not one of those horizons.
 */
function horizonOf(text: string, candidate: Candidate, fallback: Horizon): Horizon {
  const [start, end] = sentenceAround(text, candidate.start);
  const sentence = text.slice(start, end).trimStart();
  const offset = end - sentence.length;
  const years = [...sentence.matchAll(HORIZON_YEAR)];
  const before = years.filter((year) => offset + year.index < candidate.start).at(-1);
  const after = years.find((year) => offset + year.index >= candidate.end);
  const label = /^[^:]{0,80}?năm\s+(\d{4})[^:]{0,20}:/iu.exec(text);
  const year = (before ?? after ?? label)?.[1];
  if (year === undefined) return fallback;
  return year === '2030' || year === '2045' ? year : null;
}

/** The measure, in the sentence's own words; `from` and `to` bound the clause (the targets around it). */
function measureOf(text: string, candidate: Candidate, from: number, to: number): string {
  const [sentenceStart, sentenceEnd] = sentenceAround(text, candidate.start);
  const clauseStart = Math.max(sentenceStart, from, text.lastIndexOf(';', candidate.start) + 1, text.lastIndexOf(':', candidate.start) + 1);
  const nextSemicolon = text.indexOf(';', candidate.end);
  const clauseEnd = Math.min(sentenceEnd, to, nextSemicolon === -1 ? text.length : nextSemicolon);
  const before = text.slice(clauseStart, candidate.start).replace(/^[\s,;:]+/u, '').replace(CLAUSE_OPENING, '').trim();
  const after = text.slice(candidate.end, clauseEnd).replace(/[\s.;,]+$/u, '').replace(HANGING_PREPOSITION, '').trim();
  let subject = before;
  while (LINKING_WORDS.test(subject)) subject = subject.replace(LINKING_WORDS, '');
  const carriedOn = CONTINUES_MEASURE.test(`${after} `) ? ` ${after}` : '';

  if (candidate.kind === 'rank') return sentenceCase(`vị trí${subject ? ` của ${subject}` : ''}${carriedOn}`);
  if (candidate.kind === 'tăng' || candidate.kind === 'giảm') {
    // "Số lượng doanh nghiệp … tăng 50%", "giảm 20% lượng thuốc bảo vệ thực vật": the change in what is named.
    const changed = subject ? lowerFirst(subject) : candidate.noun;
    if (changed) return sentenceCase(`mức ${candidate.kind} ${changed}${carriedOn}`);
  }
  // "Tỷ lệ … đạt trên 60%", "giá trị sản phẩm đạt 1.500 tỷ đồng": the subject is the measure.
  const valueOpensItsNoun = (candidate.kind === 'count' || candidate.kind === 'share') && candidate.noun !== '' && !MEASURE_NOUNS.test(subject);
  if (!valueOpensItsNoun) return sentenceCase(`${subject || text.slice(candidate.start, candidate.end)}${carriedOn}`);
  // "xử lý 100% chất thải rắn …": "Số"/"Tỷ lệ", the noun and what follows it, then the verb acting on it.
  const action = before.replace(ACTION_AFTER, '').replace(/^\s*(?:có|đạt)(?=\s|$)/iu, '').replace(HANGING_PREPOSITION, '').trim();
  const done = action && wordCount(action) <= 10 ? ` được ${lowerFirst(action)}` : '';
  return sentenceCase(`${candidate.kind === 'share' ? 'tỷ lệ' : 'số'} ${candidate.noun}${after ? ` ${after}` : ''}${done}`.replace(/\s+/g, ' '));
}

export function findTargets(paragraph: string, context: { horizon: Horizon }): TargetSuggestion[] {
  const candidates = candidatesIn(paragraph);
  return candidates.map((candidate, index) => ({
    start: candidate.start,
    end: candidate.end,
    phrase: paragraph.slice(candidate.start, candidate.end),
    horizon: horizonOf(paragraph, candidate, context.horizon),
    value: candidate.value,
    unit: candidate.unit,
    comparison: candidate.comparison,
    measure: measureOf(paragraph, candidate, candidates[index - 1]?.end ?? 0, candidates[index + 1]?.start ?? paragraph.length),
    confidence: candidate.confidence,
  }));
}
