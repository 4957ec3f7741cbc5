/**
 * A raw plan text becomes a draft: the MDX plan, its corrections (repairs proposed, not yet
 * confirmed), draft entries for the bodies, places and documents the library lacks, and a review
 * list of every guess with the words it came from, least sure first.
 *
 * The draft never loses or reorders the text: before it is returned, the seed check the build's
 * tests run (seed-text.ts) is run on it, and a draft that fails it is an importer error.
 */
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import remarkParse from 'remark-parse';
import { Document, stringify } from 'yaml';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { LibraryInput } from '../model/library.ts';
import type { PlanData } from '../../schemas/plan.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { LocalityData } from '../../schemas/locality.ts';
import { applyRepairs, missingChunks, normaliseSeed } from '../compile/seed-text.ts';
import { fieldProblems, rolesInText } from '../model/annotation-checks.ts';
import { slugify } from '../model/vietnamese.ts';
import type { Translate } from '../../i18n/t.ts';
import { sourceLines, type SourceLine } from './source-lines.ts';
import { planSkeleton } from './skeleton.ts';
import { bodyItems, taskSpans, type BodyItem, type TaskSpan } from './body.ts';
import { headFacts, issuerPhrase, signerOf, titleOf } from './metadata.ts';
import { placesNamed, type Place, type PlaceLevel } from './places.ts';
import { AgencyMatcher, type DraftAgency } from './agencies.ts';
import { documentsNamed, draftDocumentId, kindOfNumber, levelOfNumber, resolveNumber, type NamedDocument } from './references.ts';
import { proposeRepairs, type RepairKnowledge, type RepairProposal } from './ocr-repairs.ts';
import { suggestFields } from './fields.ts';
import { documentNumberRepairs, numberingRepairs } from './numbering.ts';
import { findTargets } from './targets.ts';

export interface ImportOptions {
  /** The library as it stands (the draft is matched against it). */
  library: Pick<LibraryInput, 'plans' | 'documents' | 'agencies' | 'localities' | 'fields'>;
  /** What the repair proposer learns from: the library's texts and corrections, and a dictionary. */
  repairKnowledge: RepairKnowledge;
  /** File name the plan's `source` records. */
  sourceName: string;
  /** The plan's id; by default made from its place and number. */
  id?: string;
  t: Translate;
}

/** One guess for the editor to check. */
export interface ReviewItem {
  /** 0..1; the list is sorted least sure first. */
  confidence: number;
  /** What was guessed, in Vietnamese. */
  guess: string;
  /** The words it came from. */
  sentence: string;
  /** Where: the source line. */
  line: number | null;
}

export interface ImportResult {
  id: string;
  mdx: string;
  corrections: string;
  agencies: DraftAgency[];
  localities: { id: string; data: LocalityData }[];
  documents: { id: string; data: DocumentData }[];
  review: ReviewItem[];
  /** Repairs proposed and applied to the draft's text. */
  repairs: RepairProposal[];
}

export class ImportError extends Error {}

export function importPlan(raw: string, options: ImportOptions): ImportResult {
  const review: ReviewItem[] = [];
  const normalised = normaliseSeed(raw.normalize('NFC'));
  const { lines, applied } = repairedLines(raw, normalised, options.repairKnowledge);
  for (const repair of applied) {
    review.push({ confidence: repair.confidence, guess: `Sửa lỗi quét: “${repair.from}” → “${repair.to}” (${repair.count} chỗ). ${repair.reason}`, sentence: repair.example, line: null });
  }

  const skeleton = planSkeleton(lines);
  const wholeText = [...skeleton.head.map((line) => line.text), ...skeleton.titleBlocks, ...[...skeleton.preamble, ...skeleton.body].map((block) => block.text)].join('\n');
  const head = headFacts(skeleton.head.map((line) => line.text));
  const { type, title } = titleOf(skeleton, wholeText);
  const { library } = options;

  // Place and level: the issuer's own words name its level; the text names the places.
  const issuerWords = issuerPhrase(skeleton);
  const level = levelOfIssuer(issuerWords ?? skeleton.signature.join(' '));
  const places = placesNamed(wholeText, head.place, library.localities);
  for (const place of Object.values(places).filter((candidate): candidate is Place => candidate !== null)) {
    review.push({
      confidence: place.isNew ? 0.6 : 0.85,
      guess: `Địa bàn: ${place.kind} ${place.name}${place.isNew ? ' (mới, tạo tệp nháp content/localities/' + place.id + '.yaml)' : ''}, nêu ${place.count} lần`,
      sentence: place.asWritten,
      line: null,
    });
  }
  const matcher = new AgencyMatcher(library.agencies, library.localities, places, level);
  const issuerMention = issuerWords ? matcher.bodiesIn(issuerWords).at(-1) : undefined;
  if (!issuerMention) throw new ImportError(`không nhận ra cơ quan ban hành trong lời mở đầu (“${issuerWords ?? ''}”) (the issuing body is not recognised); add it to content/agencies/ and import again`);
  review.push({ confidence: 0.8, guess: `Cơ quan ban hành: ${matcher.describe(issuerMention.id)}`, sentence: issuerWords!, line: skeleton.preamble[0]?.line ?? null });

  // Documents named: the first one in the title is the one carried out.
  const named = documentsNamed(wholeText);
  const own = head.number;
  const implementsNumber = documentsNamed(skeleton.titleBlocks.join(' ')).map((doc) => doc.number).find((number) => number !== own);
  if (!implementsNumber) throw new ImportError('tên văn bản không nêu văn bản được thực hiện (the title names no document the plan carries out)');
  const { idOfNumber, documents } = linkDocuments(named.filter((doc) => doc.number !== own), library, places.province?.id ?? null, matcher, review);

  const items = bodyItems(skeleton.body);
  const spans = taskSpans(items, (text) => openingBodies(text, matcher).length > 0);
  const fields = library.fields.map(({ id, data }) => ({ id, ...data }));
  const tree = planTree(skeleton, items, spans, matcher, fields, review);
  const issuedAfter = head.issued ? undefined : earliestIssue(named, implementsNumber);

  const frontmatter: Omit<PlanData, 'taskGroups'> = {
    title,
    type,
    number: head.number,
    issued: head.issued,
    ...(issuedAfter ? { issuedAfter } : {}),
    issuer: issuerMention.id,
    level,
    locality: places[level]?.id ?? null,
    signer: signerOf(skeleton.signature, wholeText),
    implements: [{ document: idOfNumber.get(implementsNumber)! } as PlanData['implements'][number]],
    cites: [...new Set(named.map((doc) => doc.number).filter((number) => number !== own && number !== implementsNumber).map((number) => idOfNumber.get(number)!))],
    recipients: skeleton.recipients,
    source: options.sourceName,
  };
  const id = options.id ?? slugify(`${places[level]?.id ?? 'khong-ro'}-${head.number ?? `thuc-hien-${implementsNumber}`}`);
  const body = unified().use(remarkMdx).use(remarkStringify, { bullet: '-', strong: '*', emphasis: '*' }).stringify(tree);
  const mdx = `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}`;

  // The one rule an importer may never break: every word of the source, in order.
  const repaired = applyRepairs(normalised, applied);
  const missing = missingChunks(repaired.text, parsedWords(body, options.t, frontmatter.recipients));
  if (repaired.problems.length > 0 || missing.length > 0) {
    throw new ImportError(`the draft loses text (an importer error): ${[...repaired.problems, ...missing].slice(0, 5).join(' | ')}`);
  }

  const newPlaces = Object.values(places).filter((place): place is Place => place !== null && place.isNew);
  return {
    id,
    mdx,
    corrections: correctionsYaml(applied, options.sourceName),
    agencies: [...matcher.drafts.values()],
    localities: newPlaces.map((place) => ({ id: place.id, data: { name: place.name, kind: place.kind, parent: place.kind === 'tỉnh' ? null : (places.province?.id ?? null) } })),
    documents,
    review: review.sort((a, b) => a.confidence - b.confidence),
    repairs: applied,
  };
}

/**
 * The source's lines with the proposed repairs applied, in the order check-seed applies them:
 * broken document numbers first (the word proposer reads numbers as words), then the words, then
 * the numbering, which only shows once the words around it are right.
 */
function repairedLines(raw: string, normalised: string, knowledge: RepairKnowledge): { lines: SourceLine[]; applied: RepairProposal[] } {
  const numberFixes = documentNumberRepairs(normalised);
  const proposals = [...numberFixes, ...proposeRepairs(applyRepairs(normalised, numberFixes).text, knowledge)];
  const words = repairLines(sourceLines(raw), proposals);
  const numbering = repairLines(words.lines, numberingRepairs(words.lines, applyRepairs(normalised, words.applied).text));
  return { lines: numbering.lines, applied: [...words.applied, ...numbering.applied] };
}

/** Each document named, as the library's entry or a draft one; a draft says what it carries out. */
function linkDocuments(
  named: readonly NamedDocument[],
  library: ImportOptions['library'],
  province: string | null,
  matcher: AgencyMatcher,
  review: ReviewItem[],
): { idOfNumber: Map<string, string>; documents: { id: string; data: DocumentData }[] } {
  const idOfNumber = new Map<string, string>();
  const documents: { id: string; data: DocumentData }[] = [];
  for (const doc of named) {
    const known = resolveNumber(doc.number, library, province);
    if (known) {
      idOfNumber.set(doc.number, known);
      continue;
    }
    const id = draftDocumentId(doc.number, province);
    idOfNumber.set(doc.number, id);
    documents.push({ id, data: draftDocument(doc, province, matcher) });
    review.push({ confidence: 0.5, guess: `Văn bản mới: ${doc.number} (tạo tệp nháp content/documents/${id}.yaml; điền trích yếu nếu biết)`, sentence: doc.sentence, line: null });
  }
  for (const document of documents) {
    const implemented = named.find((doc) => doc.number === document.data.number)?.implementsNumber;
    if (implemented && idOfNumber.has(implemented)) document.data.implements = [{ document: idOfNumber.get(implemented)! } as DocumentData['implements'][number]];
  }
  return { idOfNumber, documents };
}

/** The words of an MDX body as a reader gets them: parsed, so escaped markup counts as the text it is. */
function parsedWords(body: string, t: Translate, recipients: readonly string[]): string {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const walk = (node: { type: string; name?: string | null; value?: string; children?: unknown[] }): string => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Recipients') return [t('plan.recipients'), ...recipients].join('\n');
    if (typeof node.value === 'string') return node.value;
    const parts = ((node.children ?? []) as (typeof node)[]).map(walk);
    return node.type === 'paragraph' || node.type === 'heading' ? parts.join('') : parts.join('\n');
  };
  return walk(tree as never);
}

function levelOfIssuer(words: string): PlaceLevel {
  const lower = words.toLowerCase();
  if (/tỉnh/u.test(lower)) return 'province';
  if (/huyện/u.test(lower)) return 'district';
  if (/(?<!\p{L})(?:xã|phường|đảng ủy)(?!\p{L})/u.test(lower)) return 'commune';
  return 'province';
}

/**
 * Applies the proposed repairs to the lines, as check-seed applies them to the joined text: a
 * space in a repair may stand for a line break. A repair that joins what a line break cut
 * ("50-" / "CT/TW") keeps the lines: the repaired words go on the first line. A repair whose
 * count the lines do not give back is left out.
 */
function repairLines(lines: readonly SourceLine[], proposals: readonly RepairProposal[]): { lines: SourceLine[]; applied: RepairProposal[] } {
  let joined = lines.map((line) => line.text).join('\n');
  const applied: RepairProposal[] = [];
  for (const proposal of proposals) {
    const pattern = new RegExp(proposal.from.split(' ').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\n]+'), 'g');
    const matches = [...joined.matchAll(pattern)];
    if (matches.length !== proposal.count) continue;
    joined = joined.replace(pattern, (match) => proposal.to + '\n'.repeat(match.split('\n').length - 1));
    applied.push(proposal);
  }
  const texts = joined.split('\n').map((text) => text.trim());
  const repaired = lines.map((line, index) => ({ ...line, text: texts[index] }));
  return { lines: repaired.filter((line) => line.separator || line.text !== ''), applied };
}

function draftDocument(doc: NamedDocument, province: string | null, matcher: AgencyMatcher): DocumentData {
  const level = levelOfNumber(doc.number);
  const issuer = doc.issuerAsWritten ? matcher.bodiesIn(doc.issuerAsWritten).find((mention) => mention.start === 0 && mention.end === doc.issuerAsWritten!.length) : undefined;
  return {
    number: doc.number,
    type: kindOfNumber(doc.number),
    title: null,
    issued: doc.issued,
    issuer: issuer && level === 'central' ? issuer.id : null,
    ...(doc.issuerAsWritten && !(issuer && level === 'central') ? { issuerAsWritten: doc.issuerAsWritten } : {}),
    level,
    locality: level === 'central' ? null : province,
    implements: [],
    known: `Văn bản nhập được nêu: “${doc.sentence}”`,
  };
}

/** The latest date among the documents the text names with a date: the plan came after it. */
function earliestIssue(named: readonly NamedDocument[], implementsNumber: string): PlanData['issuedAfter'] {
  const dated = named.filter((doc) => doc.issued).sort((a, b) => b.issued!.localeCompare(a.issued!))[0];
  if (!dated) return undefined;
  const [year, month, day] = dated.issued!.split('-');
  const verb = dated.number === implementsNumber ? 'thực hiện' : 'dẫn';
  return { date: dated.issued!, grounds: `Văn bản ${verb} ${kindOfNumber(dated.number)} số ${dated.number} ngày ${day}/${month}/${year} nên ban hành sau ngày đó.` };
}

/** Bodies the text opens with ("Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh …", "Giao UBND huyện …"). */
function openingBodies(text: string, matcher: AgencyMatcher): string[] {
  const opening = text.replace(/^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+/u, '').replace(/^(?:Giao|Đề nghị)\s+/u, '');
  const offset = text.length - opening.length;
  const ids: string[] = [];
  let cursor = offset;
  for (const mention of matcher.bodiesIn(text).filter((candidate) => candidate.start >= offset)) {
    const gap = text.slice(cursor, mention.start);
    // A list of bodies, or "X chỉ đạo Y": Y does the work X directs.
    if (!(cursor === offset ? gap.trim() === '' : /^(?:[\s,;]*(?:và|với)?[\s,;]*|\s+(?:chỉ đạo|lãnh đạo)\s+)$/u.test(gap))) break;
    ids.push(mention.id);
    cursor = mention.end;
  }
  return ids;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraphOf = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

function element(name: string, children: RootContent[], attributes: { name: string; value: string }[] = []): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes.map((attr) => attribute(attr.name, attr.value)), children } as RootContent;
}

type FieldList = { id: string; terms: string[]; stockPhrases: string[]; name: string; description: string }[];

function planTree(
  skeleton: ReturnType<typeof planSkeleton>,
  items: readonly BodyItem[],
  spans: readonly TaskSpan[],
  matcher: AgencyMatcher,
  fields: FieldList,
  review: ReviewItem[],
): Root {
  const children: RootContent[] = [];
  if (skeleton.head.length > 0) children.push(element('DocumentHead', skeleton.head.map((line) => paragraphOf([text(line.text)]))));
  children.push(element('DocumentTitle', [skeleton.kindLine.text, ...skeleton.titleBlocks].map((line) => paragraphOf([text(line)]))));
  for (const block of skeleton.preamble) children.push(paragraphOf([text(block.text)]));

  const horizons = horizonsOf(items);
  const rendered = items.map((item, index) => renderItem(item, horizons[index], review));
  let index = 0;
  while (index < items.length) {
    const span = spans.find((candidate) => candidate.start === index);
    // Outside tasks: the run of items up to the next task, so that a list stays one list.
    const end = span ? span.end : Math.min(...spans.filter((candidate) => candidate.start > index).map((candidate) => candidate.start), items.length);
    const inner: RootContent[] = [];
    pushWithLists(inner, items.slice(index, end), rendered.slice(index, end));
    if (span) children.push(element('Task', inner, taskAttributes(items.slice(span.start, span.end), span, matcher, fields, review)));
    else children.push(...inner);
    index = end;
  }

  const recipients = skeleton.recipientsLabel === null ? [] : [element('Recipients', [])];
  const signature = skeleton.signature.length > 0 ? [element('Signature', skeleton.signature.map((line) => paragraphOf([text(line)])))] : [];
  children.push(...(skeleton.signatureFirst ? [...signature, ...recipients] : [...recipients, ...signature]));
  return { type: 'root', children };
}

/** The year each item's targets are set for: from the nearest heading or titled opening above. */
function horizonsOf(items: readonly BodyItem[]): ('2030' | '2045' | null)[] {
  let horizon: '2030' | '2045' | null = null;
  let setAtDepth = 0;
  return items.map((item) => {
    const titleWords = item.kind === 'heading' ? item.text : item.boldLead;
    const depth = item.kind === 'heading' ? item.depth : item.number ? item.number.split('.').length + 2 : 7;
    if (titleWords) {
      const year = /20[34][05]/u.exec(titleWords)?.[0];
      if (year === '2030' || year === '2045') [horizon, setAtDepth] = [year, depth];
      else if (item.kind === 'heading' && depth <= setAtDepth) horizon = null;
    }
    return horizon;
  });
}

function renderItem(item: BodyItem, horizon: '2030' | '2045' | null, review: ReviewItem[]): RootContent {
  if (item.kind === 'heading') return { type: 'heading', depth: item.depth as 2 | 3 | 4 | 5 | 6, children: [text(item.text)] };
  const lead = item.boldLead;
  const rest = lead ? item.text.slice(lead.length) : item.text;
  const children: PhrasingContent[] = lead ? [{ type: 'strong', children: [text(lead)] }] : [];
  let cursor = 0;
  for (const target of findTargets(rest, { horizon })) {
    if (target.start < cursor) continue;
    if (target.start > cursor) children.push(text(rest.slice(cursor, target.start)));
    const attributes = [
      ...(target.horizon ? [attribute('horizon', target.horizon)] : []),
      attribute('value', target.value),
      attribute('unit', target.unit),
      attribute('comparison', target.comparison),
      attribute('measure', target.measure),
    ];
    children.push({ type: 'mdxJsxTextElement', name: 'Target', attributes, children: [text(rest.slice(target.start, target.end))] } as PhrasingContent);
    review.push({ confidence: target.confidence, guess: `Chỉ tiêu: ${target.measure} — ${target.comparison} ${target.value} ${target.unit}${target.horizon ? `, năm ${target.horizon}` : ', không rõ năm'}`, sentence: rest, line: item.line });
    cursor = target.end;
  }
  if (cursor < rest.length) children.push(text(rest.slice(cursor)));
  return paragraphOf(children);
}

/** Adds rendered items, gathering consecutive list items into one list. */
function pushWithLists(into: RootContent[], items: readonly BodyItem[], rendered: readonly RootContent[]): void {
  items.forEach((item, index) => {
    if (item.kind !== 'bullet') {
      into.push(rendered[index]);
      return;
    }
    const last = into.at(-1);
    const listItem = { type: 'listItem', spread: false, children: [rendered[index]] } as RootContent;
    if (last?.type === 'list' && items[index - 1]?.kind === 'bullet') (last.children as RootContent[]).push(listItem);
    else into.push({ type: 'list', ordered: false, spread: false, children: [listItem] } as RootContent);
  });
}

function taskAttributes(items: readonly BodyItem[], span: TaskSpan, matcher: AgencyMatcher, fields: FieldList, review: ReviewItem[]): { name: string; value: string }[] {
  const heading = items[0].kind === 'heading' ? items[0].text : null;
  const paragraphs = items.filter((item) => item.kind !== 'heading').map((item) => item.text);
  const where = items[0].text.slice(0, 60);
  const line = items[0].line;

  // Roles: as the text gives them; in the organisation part, the bodies a task opens with lead.
  const roles = rolesInText({ heading, paragraphs }, matcher.namedAgencies());
  const lead = new Set<string>();
  const support = new Set<string>();
  for (const [id, { role, words }] of roles) {
    const resolved = matcher.resolve(id);
    (role === 'lead' ? lead : support).add(resolved);
    review.push({ confidence: 0.85, guess: `${role === 'lead' ? 'Chủ trì' : 'Phối hợp'}: ${matcher.describe(resolved)} (mục “${where}”)`, sentence: words, line });
  }
  if (span.part === 'organisation') {
    const opener = heading ?? paragraphs[0] ?? '';
    for (const id of openingBodies(opener, matcher)) {
      if (support.has(id) || lead.has(id)) continue;
      lead.add(id);
      review.push({ confidence: 0.75, guess: `Chủ trì (được giao ở đầu mục): ${matcher.describe(id)}`, sentence: opener.slice(0, 160), line });
    }
  }
  for (const id of lead) support.delete(id);

  const suggestion = suggestFields({ heading, paragraphs }, fields);
  const asTask = (ids: string[]) => ({ id: 'draft', fields: ids, mentions: [], lead: [], support: [], deadline: null, numbered: false, heading, paragraphs });
  // Only fields the build's own check accepts: a field its text names outside stock phrases.
  const accepted = suggestion.fields.filter((id) => fieldProblems(asTask([id]), fields).length === 0);
  const mentioned = suggestion.mentions.filter((id) => !accepted.includes(id) && fieldProblems({ ...asTask([]), mentions: [id] }, fields).length === 0);
  if (accepted.length === 0) {
    const fallback = fields.find((field) => fieldProblems(asTask([field.id]), fields).length === 0);
    if (fallback) accepted.push(fallback.id);
  }
  const named = (id: string) => `${fields.find((field) => field.id === id)?.name ?? id} (${id})`;
  const evidence = suggestion.evidence.map((entry) => `${named(entry.field)}: ${entry.terms.join(', ')}`).join('; ');
  review.push({ confidence: suggestion.confidence, guess: `Lĩnh vực (mục “${where}”): ${accepted.map(named).join(', ')}${mentioned.length ? `; nhắc đến: ${mentioned.map(named).join(', ')}` : ''}`, sentence: evidence, line });

  const deadline = deadlineIn(paragraphs.join(' '));
  if (deadline) review.push({ confidence: 0.9, guess: `Thời hạn: ${deadline.value} (mục “${where}”)`, sentence: deadline.words, line });

  return [
    { name: 'fields', value: accepted.join(' ') },
    ...(mentioned.length ? [{ name: 'mentions', value: mentioned.filter((id) => !accepted.includes(id)).join(' ') }] : []),
    ...(lead.size ? [{ name: 'lead', value: [...lead].join(' ') }] : []),
    ...(support.size ? [{ name: 'support', value: [...support].join(' ') }] : []),
    ...(deadline ? [{ name: 'deadline', value: deadline.value }] : []),
  ];
}

/** "xong trong tháng 02/2024", "hoàn thành trước ngày 30/6/2024": the task's deadline. */
function deadlineIn(text: string): { value: string; words: string } | null {
  const month = /(?:xong|hoàn thành|hoàn thiện)[^.;]{0,40}?(?:trong|trước)\s+tháng\s+(\d{1,2})\/(\d{4})/u.exec(text);
  if (month) return { value: `${month[2]}-${month[1].padStart(2, '0')}`, words: month[0] };
  const day = /(?:xong|hoàn thành|hoàn thiện)[^.;]{0,40}?(?:trong|trước)\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
  if (day) return { value: `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`, words: day[0] };
  return null;
}

function correctionsYaml(repairs: readonly RepairProposal[], sourceName: string): string {
  const document = new Document({
    repairs: repairs.map(({ from, to, count, kind }) => ({ from, to, count, kind, proposed: true })),
    kept: [],
  });
  document.commentBefore =
    ` Sửa lỗi quét và lỗi trích xuất trong ${sourceName}, do công cụ nhập đề xuất (proposed: true).\n` +
    ' Biên tập viên đối chiếu từng mục với bản gốc: đúng thì xóa dòng "proposed: true"; sai thì xóa\n' +
    ' cả mục và sửa lại chữ trong tệp .mdx cho đúng bản gốc.';
  const items = (document.get('repairs') as { items: { commentBefore?: string }[] }).items;
  repairs.forEach((repair, index) => {
    items[index].commentBefore = ` ${repair.reason} (độ tin cậy ${repair.confidence.toFixed(2)})`;
  });
  return document.toString({ lineWidth: 0 });
}
