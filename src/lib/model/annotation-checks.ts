/**
 * Checks that a task's annotations say what its own text says: the fields it is given, and who
 * leads (chủ trì) and who coordinates (phối hợp). Annotations are written by hand for every plan;
 * these rules catch the slips a close reading found, so that the next plan cannot repeat them.
 *
 * Fields: a task may be given a field it asks for only when its text holds one of the field's
 * terms outside the field's stock phrases ("bảo đảm quốc phòng, an ninh" closes many tasks and asks
 * nothing of defence: it makes a mention), and a field it mentions only when its text holds one of
 * the terms. Which fields a task asks for stays an editor's judgment.
 *
 * Roles, read from the phrases the plans use:
 * - "X chủ trì, phối hợp với Y": X leads, Y coordinates;
 * - under a heading naming X, "Chủ trì, phối hợp với Y …": the same;
 * - under a heading naming X, "Phối hợp (với) Y …": Y leads and X coordinates.
 * Every body so named must carry that role; a lead must be named in the task, and a support
 * only where the text gives it the coordinating role.
 */
import type { PlanTask } from '../compile/annotations.ts';

/** A body and the ways the texts write it. */
export interface NamedAgency {
  id: string;
  names: string[];
}

/** A field and the words that name it. */
export interface FieldTerms {
  id: string;
  terms: string[];
  stockPhrases: string[];
}

interface Mention {
  id: string;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const normal = (text: string) => text.normalize('NFC').toLowerCase();

/** Where `phrase` stands in `text` as whole words (both already in normal form). */
export function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) found.push(at);
  }
  return found;
}

/** The bodies a text names, in order; where names overlap, the longest wins. */
export function agenciesNamed(text: string, agencies: readonly NamedAgency[]): Mention[] {
  const lower = normal(text);
  const candidates: Mention[] = [];
  for (const agency of agencies) {
    for (const name of agency.names) {
      const phrase = normal(name);
      for (const start of occurrences(lower, phrase)) candidates.push({ id: agency.id, start, end: start + phrase.length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const last = mentions.at(-1);
    if (!last || candidate.start >= last.end) mentions.push(candidate);
  }
  return mentions;
}

/** Nothing but commas, "và" and "với" between two names of one list. */
const LIST_GAP = /^[\s,]*(?:(?:và|với)[\s,]+)?$/u;

/** The run of names that starts right at `from` (after "phối hợp với"), as one list. */
function listFrom(text: string, mentions: readonly Mention[], from: number): Mention[] {
  const list: Mention[] = [];
  let cursor = from;
  for (const mention of mentions.filter((candidate) => candidate.start >= from)) {
    if (!LIST_GAP.test(text.slice(cursor, mention.start))) break;
    list.push(mention);
    cursor = mention.end;
  }
  return list;
}

/** The run of names that ends right before `until` (before "chủ trì"). */
function listBefore(text: string, mentions: readonly Mention[], until: number): Mention[] {
  const list: Mention[] = [];
  let cursor = until;
  for (const mention of mentions.filter((candidate) => candidate.end <= until).reverse()) {
    if (!LIST_GAP.test(text.slice(mention.end, cursor))) break;
    list.unshift(mention);
    cursor = mention.start;
  }
  return list;
}

const sentencesOf = (paragraph: string) => paragraph.split(/(?<=[.;])\s+/u);

/** A role the text gives a body, with the words that give it. */
export interface ReadRole {
  role: 'lead' | 'support';
  words: string;
}

/**
 * The roles a task's own words give the bodies they name, read by the rules above. A body the
 * text makes both lead and support is lead.
 */
export function rolesInText(task: Pick<PlanTask, 'heading' | 'paragraphs'>, agencies: readonly NamedAgency[]): Map<string, ReadRole> {
  const headingAgencies = new Set(agenciesNamed(task.heading ?? '', agencies).map((mention) => mention.id));
  const roles = new Map<string, ReadRole>();
  const give = (id: string, role: 'lead' | 'support', words: string) => {
    if (!roles.has(id) || role === 'lead') roles.set(id, { role, words });
  };
  for (const sentence of task.paragraphs.flatMap(sentencesOf)) {
    const lower = normal(sentence);
    const mentions = agenciesNamed(sentence, agencies);
    const words = sentence.slice(0, 80);
    const opensWithCoordination = /^phối hợp(?!\p{L})/u.test(lower.trimStart());
    if (opensWithCoordination) {
      for (const id of headingAgencies) give(id, 'support', words);
    } else if (/^chủ trì(?!\p{L})/u.test(lower.trimStart())) {
      for (const id of headingAgencies) give(id, 'lead', words);
    }
    for (const match of lower.matchAll(/chủ trì/gu)) {
      for (const mention of listBefore(lower, mentions, match.index)) give(mention.id, 'lead', words);
    }
    for (const match of lower.matchAll(/phối hợp(?:\s+với)?\s+/gu)) {
      const partners = listFrom(lower, mentions, match.index + match[0].length);
      for (const mention of partners) give(mention.id, opensWithCoordination && match.index === lower.indexOf('phối hợp') ? 'lead' : 'support', words);
    }
  }
  return roles;
}

export function roleProblems(task: PlanTask, agencies: readonly NamedAgency[]): string[] {
  const problems: string[] = [];
  const heading = task.heading ?? '';
  const expected = rolesInText(task, agencies);
  const headingAgencies = new Set(agenciesNamed(heading, agencies).map((mention) => mention.id));
  for (const sentence of task.paragraphs.flatMap(sentencesOf)) {
    if (!/^phối hợp(?!\p{L})/u.test(normal(sentence).trimStart())) continue;
    for (const id of headingAgencies) {
      if (task.lead.includes(id)) {
        problems.push(`task ${task.id}: lead: the text opens with "${sentence.slice(0, 80)}…": ${id} coordinates (phối hợp), it does not lead; make it support and the body it works with the lead`);
      }
    }
  }

  for (const [id, { role, words }] of expected) {
    const annotated = role === 'lead' ? task.lead.includes(id) : task.lead.includes(id) || task.support.includes(id);
    if (!annotated) problems.push(`task ${task.id}: ${role}: the text says "${words}…", which makes ${id} ${role === 'lead' ? 'lead (chủ trì)' : 'coordinate (phối hợp)'}; annotate it so`);
  }
  const named = new Set(agenciesNamed([heading, ...task.paragraphs].join('\n'), agencies).map((mention) => mention.id));
  for (const id of task.lead) {
    if (!named.has(id)) problems.push(`task ${task.id}: lead: "${id}" is not named in the task's text; annotate only the bodies the text names`);
  }
  for (const id of task.support) {
    if (expected.get(id)?.role !== 'support') {
      problems.push(`task ${task.id}: support: the text does not give "${id}" a coordinating role (phối hợp); annotate support only where the text says so`);
    }
  }
  return problems;
}

/** Fields given to a task whose text does not name them. */
export function fieldProblems(task: PlanTask, fields: readonly FieldTerms[]): string[] {
  const text = normal([task.heading ?? '', ...task.paragraphs].join('\n'));
  const problems: string[] = [];
  const names = (field: FieldTerms, within: string) => field.terms.some((term) => occurrences(within, normal(term)).length > 0);
  for (const id of task.fields) {
    const field = fields.find((candidate) => candidate.id === id);
    // A stock phrase names the field without asking anything of it: it can make a mention only.
    const asked = field && field.stockPhrases.map(normal).reduce((rest, phrase) => rest.replaceAll(phrase, ' '), text);
    if (field && !names(field, asked!)) {
      problems.push(`task ${task.id}: fields: "${id}" is not named in the task's text (no word of the field's terms outside its stock phrases); give a field only for what the task itself says`);
    }
  }
  for (const id of task.mentions) {
    const field = fields.find((candidate) => candidate.id === id);
    if (field && !names(field, text)) problems.push(`task ${task.id}: mentions: "${id}" is not named in the task's text (no word of the field's terms)`);
  }
  return problems;
}

/**
 * Names that every province, district and commune has a body of; an alias made of one of them
 * alone would match them all. Lower case, without "Việt Nam".
 */
const GENERIC_NAMES = new Set(
  [
    'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'thường trực hđnd', 'thường trực hội đồng nhân dân',
    'ủy ban mặt trận tổ quốc', 'ủy ban mttq', 'ubmttq', 'mặt trận tổ quốc', 'mttq', 'mặt trận',
    'đảng ủy', 'ban thường vụ', 'ban thường vụ đảng ủy', 'ban chấp hành', 'cấp ủy', 'các cấp ủy', 'chi bộ', 'các chi bộ',
    'ban tuyên giáo', 'ban xây dựng đảng', 'ban tổ chức', 'ban dân vận', 'ủy ban kiểm tra', 'văn phòng đảng ủy', 'văn phòng cấp ủy',
    'đảng đoàn', 'ban cán sự đảng', 'các tổ chức chính trị - xã hội', 'tổ chức chính trị - xã hội', 'đoàn thể', 'các đoàn thể',
    'công an', 'ban chỉ huy quân sự', 'hội nông dân', 'hội liên hiệp phụ nữ', 'đoàn thanh niên', 'hội cựu chiến binh', 'các chi',
    'chính quyền', 'các cấp ủy đảng', 'cấp ủy đảng',
  ].map(normal),
);

/** Aliases that are a bare generic name, which would match that body in every locality. */
export function genericAliasProblems(file: string, aliases: readonly string[]): string[] {
  return aliases.flatMap((alias, index) => {
    const bare = normal(alias).replace(/(?<!\p{L})việt nam(?!\p{L})/gu, '').replace(/\s+/g, ' ').trim();
    return GENERIC_NAMES.has(bare)
      ? [`${file}: aliases[${index}]: "${alias}" is a bare generic name that every locality has a body of; write it with its level or place ("… xã", "… tỉnh Lạng Sơn"), or list it in localNames if the plans of its own locality write it so`]
      : [];
  });
}
