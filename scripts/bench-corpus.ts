/**
 * A synthetic corpus for the benchmark, laid out like the country: N plans made from the five real
 * ones (their structure, words, tasks and targets) spread over 34 provinces. Each province has a
 * Party plan carrying out 36-NQ/TW and a People's Committee plan carrying out that Party plan; a
 * few provinces have a district plan (districts went in mid-2025); every other plan is a commune's,
 * carrying out its province's Party plan. Every plan has its own locality, with its own agencies,
 * and its own number or date, so that every view has distinct provinces, communes and agencies.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { AgencyData } from '../src/schemas/agency.ts';
import type { LocalityData } from '../src/schemas/locality.ts';

export const PROVINCES = 34;
/** District plans in all: about one for every ten provinces. */
const DISTRICT_PLANS = Math.round(PROVINCES / 10);

// Two syllables make a place name; as many of each as the 3,000-plan benchmark needs names.
const FIRST_SYLLABLES = [
  'Hòa', 'Phú', 'Thạch', 'Đông', 'Tân', 'Vĩnh', 'Long', 'Hưng', 'An', 'Bình', 'Thanh', 'Quảng', 'Kiến', 'Mỹ',
  'Cẩm', 'Yên', 'Lộc', 'Đức', 'Sơn', 'Xuân', 'Hương', 'Kim', 'Ngọc', 'Phúc', 'Quế', 'Tam', 'Thái', 'Thiện',
  'Thọ', 'Thuận', 'Tiên', 'Trường', 'Tường', 'Văn', 'Việt', 'Kỳ', 'Hồng', 'Hiệp', 'Hoàng', 'Gia', 'Cát', 'Diên',
  'Định', 'Hạ', 'Hậu', 'Khánh', 'Liên', 'Mai', 'Nghĩa', 'Nhân', 'Phước', 'Quý', 'Tây', 'Thượng', 'Cao', 'Bảo',
];
const SECOND_SYLLABLES = [
  'Thịnh', 'Lạc', 'Khê', 'Phong', 'Hà', 'Điền', 'Thủy', 'Lâm', 'Nguyên', 'Trung', 'Bắc', 'Nam', 'Tiến', 'Hải',
  'Minh', 'Quang', 'Lợi', 'Hòa', 'Giang', 'Thành', 'Châu', 'Cường', 'Dương', 'Đạt', 'Đoài', 'Đồng', 'Hiền', 'Hợp',
  'Hưng', 'Khánh', 'Lộc', 'Long', 'Lương', 'Mỹ', 'Ninh', 'Phú', 'Phúc', 'Sơn', 'Tài', 'Tân', 'Thái', 'Thắng',
  'Hạnh', 'Thiện', 'Thuận', 'Lập', 'Tín', 'Trạch', 'Trường', 'Tú', 'Vinh', 'Xuân', 'Yên', 'Hội', 'Kiều', 'Linh',
];

/** Provinces of Viet Nam (before and after 2025) whose names the syllables make: not for synthetic places. */
const REAL_PROVINCES = ['An Giang', 'Bình Dương', 'Bình Thuận', 'Hậu Giang', 'Hưng Yên', 'Khánh Hòa', 'Phú Yên', 'Quảng Nam', 'Quảng Ninh', 'Tây Ninh', 'Thái Nguyên', 'Vĩnh Long', 'Vĩnh Phúc'];

/**
 * Place names of two different syllables, each once, none whose address is `taken`. The second
 * syllable turns with the first, so that neighbouring names (the provinces come first) share neither.
 */
function* placeNames(taken: Set<string>): Generator<string> {
  const size = FIRST_SYLLABLES.length;
  for (let round = 1; ; round += 1) {
    for (let index = 0; index < size * size; index += 1) {
      const first = FIRST_SYLLABLES[index % size];
      const second = SECOND_SYLLABLES[(index + Math.floor(index / size)) % size];
      const name = round === 1 ? `${first} ${second}` : `${first} ${second} ${round}`;
      if (slug(first) === slug(second) || taken.has(slug(name))) continue;
      taken.add(slug(name));
      yield name;
    }
  }
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Role = 'party' | 'people' | 'district' | 'commune';

interface Template {
  /** The real plan copied (content/plans/<id>.mdx). */
  id: string;
  /** How its text writes its province. */
  provinceNames: string[];
  /** How its text writes its own district or commune. */
  ownNames: string[];
  /** How its text writes the provincial document it carries out, replaced by its province's Party plan. */
  parent?: { number: string; date: string };
}

/** The provincial Party plans, taken in turn. */
const PARTY_TEMPLATES: Template[] = [
  { id: 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', provinceNames: ['Bắc Giang'], ownNames: [] },
  { id: 'lai-chau-35-ctr-tu', provinceNames: ['Lai Châu'], ownNames: [] },
];
const TEMPLATES: Record<Exclude<Role, 'party'>, Template> = {
  people: { id: 'lang-son-ubnd-thuc-hien-88-ctr-tu', provinceNames: ['Lạng Sơn'], ownNames: [], parent: { number: '88-CTr/TU', date: '19/6/2023' } },
  // Seed 000 names neither its district nor its province.
  district: { id: 'huyen-uy-thuc-hien-114-kh-tu', provinceNames: [], ownNames: [], parent: { number: '114-KH/TU', date: '05/01/2024' } },
  // Seed 001 writes its province once as "Tuyền Quang".
  commune: { id: 'nhu-khe-thuc-hien-38-ctr-tu', provinceNames: ['Tuyên Quang', 'Tuyền Quang'], ownNames: ['Nhữ Khê'], parent: { number: '38-CTr/TU', date: '11/02/2026' } },
};
/** How a text names a document of that type in short ("Kế hoạch 114", "Chương trình số 38-CTr/TU"). */
const SHORT_TYPE: Record<string, string> = { 'Chương trình hành động': 'Chương trình', 'Kế hoạch': 'Kế hoạch' };

interface PlanSlot {
  role: Role;
  province: number;
}

/**
 * Who issues each of `plans` plans, in order: every province's Party plan, then every province's
 * People's Committee plan, then the district plans spread over the provinces, then communes round
 * the provinces in turn. A library smaller than 68 plans holds only provincial plans.
 */
function planSlots(plans: number): PlanSlot[] {
  const provincial = Math.min(plans, 2 * PROVINCES);
  const districts = Math.min(plans - provincial, DISTRICT_PLANS);
  const communes = plans - provincial - districts;
  return [
    ...Array.from({ length: provincial }, (_, index): PlanSlot => ({ role: index < PROVINCES ? 'party' : 'people', province: index % PROVINCES })),
    ...Array.from({ length: districts }, (_, index): PlanSlot => ({ role: 'district', province: Math.floor((index * PROVINCES) / DISTRICT_PLANS) })),
    ...Array.from({ length: communes }, (_, index): PlanSlot => ({ role: 'commune', province: index % PROVINCES })),
  ];
}

/** A province's Party plan, as the plans carrying it out write it. */
interface PartyPlan {
  id: string;
  type: string;
  number: string;
  issued: string;
}

export interface CorpusOptions {
  /**
   * Tasks added to the first plan, all in the health field and led by its issuer: one plan that
   * holds thousands of tasks, which no page listing them may grow with.
   */
  extraTasksInFirstPlan?: number;
}

/**
 * Writes a whole content folder to `target`: the real documents, fields, task groups, localities, agencies and
 * source texts of `content`, the search's synonyms, and `plans` synthetic plans with their localities and agencies.
 */
export function writeCorpus(content: string, target: string, plans: number, { extraTasksInFirstPlan = 0 }: CorpusOptions = {}): void {
  for (const folder of ['documents', 'fields', 'task-groups', 'localities', 'agencies', 'sources', 'search']) cpSync(join(content, folder), join(target, folder), { recursive: true });
  mkdirSync(join(target, 'plans'), { recursive: true });
  const templateAgencies = new Map(readdirSync(join(content, 'agencies')).map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(content, 'agencies', file), 'utf8')) as AgencyData]));
  const realLocalities = readdirSync(join(content, 'localities')).map((file) => file.replace(/\.yaml$/, ''));
  const realLocalityNames = realLocalities.map((id) => parse(readFileSync(join(content, 'localities', `${id}.yaml`), 'utf8')).name);
  const names = placeNames(new Set([...realLocalities, ...[...REAL_PROVINCES, ...realLocalityNames].map(slug)]));

  const localities = new Map<string, LocalityData>();
  const addLocality = (kind: LocalityData['kind'], parent: string | null) => {
    const name = names.next().value!;
    localities.set(slug(name), { name, kind, parent });
    return { id: slug(name), name };
  };
  const provinces = Array.from({ length: PROVINCES }, () => addLocality('tỉnh', null));
  const partyPlans: PartyPlan[] = [];
  const agencies = new Map<string, AgencyData>();

  planSlots(plans).forEach(({ role, province: provinceIndex }, index) => {
    const template = role === 'party' ? PARTY_TEMPLATES[provinceIndex % PARTY_TEMPLATES.length] : TEMPLATES[role];
    const source = readFileSync(join(content, 'plans', `${template.id}.mdx`), 'utf8');
    const [, frontText, bodyText] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
    const data = parse(frontText);
    const province = provinces[provinceIndex];
    const place = role === 'district' ? addLocality('huyện', province.id) : role === 'commune' ? addLocality('xã', province.id) : province;
    const party = partyPlans[provinceIndex];
    const retext = (text: string) => {
      const renamed = [...template.provinceNames.map((name) => [name, province.name]), ...template.ownNames.map((name) => [name, place.name])].reduce(
        (out, [from, to]) => out.replaceAll(from, to),
        text,
      );
      return template.parent ? withParent(renamed, template.parent, party) : renamed;
    };

    // Every agency the plan names gets a copy in the plan's locality, one for all plans there.
    const agencyIds = new Map<string, string>();
    for (const id of new Set<string>([data.issuer, ...[...bodyText.matchAll(/(?:lead|support)="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/))])) {
      const agency = templateAgencies.get(id)!;
      // The district template names no district: its bodies get their copy's district's name.
      const name = agency.localityUnnamed ? `${retext(agency.name)} ${place.name}` : retext(agency.name);
      const copyId = slug(name);
      const earlier = agencies.get(copyId);
      if (earlier && earlier.locality !== place.id) throw new Error(`${name} would stand for agencies of ${earlier.locality} and ${place.id}`);
      const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b.map(retext)])];
      // The name as the template's text writes it stays a way to name the copy.
      const { localityUnnamed, ...placed } = agency;
      const aliases = localityUnnamed ? [...agency.aliases, agency.name] : agency.aliases;
      agencies.set(copyId, { ...placed, name, aliases: union(earlier?.aliases, aliases), localNames: union(earlier?.localNames, agency.localNames), locality: place.id });
      agencyIds.set(id, copyId);
    }

    let body = retext(bodyText).replace(/(lead|support)="([^"]*)"/g, (_, attribute: string, ids: string) => `${attribute}="${ids.split(/\s+/).map((id) => agencyIds.get(id)).join(' ')}"`);
    const issuer = agencyIds.get(data.issuer)!;
    if (index === 0 && extraTasksInFirstPlan > 0) body = withExtraTasks(body, extraTasksInFirstPlan, issuer, agencies.get(issuer)!.name);

    const id = `${template.id}-${index}`;
    const front = { ...data, title: retext(data.title), issuer, locality: place.id, recipients: data.recipients.map(retext) };
    delete front.localityInferred;
    delete front.identifiedAs;
    if (role === 'party') {
      // Every Party plan has a number, which the plans carrying it out write. Its date stays within
      // two months of its template's, so that no deadline of its own or of the plans beneath it
      // (02/2024 at the earliest) falls before it.
      const number = `${1000 + provinceIndex}-${data.type === 'Kế hoạch' ? 'KH' : 'CTr'}/TU`;
      if (data.number) body = body.replaceAll(data.number, number);
      const issued = addDays(data.issued ?? data.issuedAfter.date, 1 + ((provinceIndex * 7) % 60));
      partyPlans[provinceIndex] = { id, type: data.type, number, issued };
      Object.assign(front, { number, issued });
      delete front.issuedAfter;
    } else {
      front.implements = [{ document: party.id }];
      front.issuedAfter = { date: party.issued, grounds: retext(data.issuedAfter.grounds) };
    }
    writeFileSync(join(target, 'plans', `${id}.mdx`), `---\n${stringify(front, { lineWidth: 0 })}---\n${body}`);
    writeFileSync(join(target, 'plans', `${id}.corrections.yaml`), 'repairs: []\nkept: []\n');
  });

  for (const [id, locality] of localities) writeFileSync(join(target, 'localities', `${id}.yaml`), stringify(locality));
  for (const [id, agency] of agencies) writeFileSync(join(target, 'agencies', `${id}.yaml`), stringify(agency));
}

/**
 * `text` with the provincial document its template carries out (type, number and date as written:
 * "Chương trình hành động số 88-CTr/TU ngày 19/6/2023", "Kế hoạch 114") made its province's Party plan.
 */
function withParent(text: string, written: { number: string; date: string }, parent: PartyPlan): string {
  const [numeral, suffix] = written.number.split(/-(.*)/);
  const reference = new RegExp(`(Chương trình hành động|Chương trình|Kế hoạch)( số)? ${numeral}(-${suffix})?(?!\\d)`, 'g');
  return text
    .replace(reference, (_, type: string, so = '', full?: string) =>
      full && type !== 'Chương trình' ? `${parent.type}${so} ${parent.number}` : `${SHORT_TYPE[parent.type]}${so} ${full ? parent.number : parent.number.split('-')[0]}`,
    )
    .replaceAll(written.date, parent.issued.split('-').reverse().join('/'));
}

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** `body` with `count` unnumbered health tasks led by `lead` (named `leadName`) added after its last task. */
function withExtraTasks(body: string, count: number, lead: string, leadName: string): string {
  const end = body.lastIndexOf('</Task>') + '</Task>'.length;
  const tasks = Array.from(
    { length: count },
    (_, index) =>
      `\n\n<Task fields="health" lead="${lead}">\n\nNhiệm vụ bổ sung thứ ${index + 1}: ${leadName} chủ trì ứng dụng công nghệ sinh học trong y tế, phát triển sản xuất vắc-xin, sinh phẩm chẩn đoán và thuốc từ dược liệu trên địa bàn; tổ chức nghiên cứu, chuyển giao và nhân rộng các mô hình có hiệu quả.\n\n</Task>`,
  ).join('');
  return `${body.slice(0, end)}${tasks}${body.slice(end)}`;
}
