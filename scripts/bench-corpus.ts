/**
 * A synthetic corpus for the benchmark: N plans made from the five real ones (their structure,
 * words, tasks and targets), each moved to a locality of its own, with its own agencies, number
 * and date, so that every view has distinct provinces, communes and agencies to show.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const SYLLABLES_A = ['Hòa', 'Phú', 'Thạch', 'Đông', 'Tân', 'Vĩnh', 'Long', 'Hưng', 'An', 'Bình', 'Thanh', 'Quảng', 'Kiến', 'Mỹ', 'Cẩm', 'Yên', 'Lộc', 'Đức', 'Sơn', 'Xuân'];
const SYLLABLES_B = ['Thịnh', 'Lạc', 'Khê', 'Phong', 'Hà', 'Điền', 'Thủy', 'Lâm', 'Nguyên', 'Trung', 'Bắc', 'Nam', 'Tiến', 'Hải', 'Minh', 'Quang', 'Lợi', 'Hòa', 'Giang', 'Thành'];

/** A place name of two syllables, different for each index (20 × 20 × rounds). */
function placeName(index: number): string {
  const base = `${SYLLABLES_A[index % 20]} ${SYLLABLES_B[Math.floor(index / 20) % 20]}`;
  const round = Math.floor(index / 400);
  return round === 0 ? base : `${base} ${round + 1}`;
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

/** The real place names each template plan writes, replaced in its copies. */
const PLACES: Record<string, string[]> = {
  'bac-giang-tinh-uy-thuc-hien-36-nq-tw': ['Bắc Giang'],
  'lai-chau-35-ctr-tu': ['Lai Châu'],
  'lang-son-ubnd-thuc-hien-88-ctr-tu': ['Lạng Sơn'],
  'nhu-khe-thuc-hien-38-ctr-tu': ['Nhữ Khê', 'Tuyên Quang', 'Tuyền Quang'],
  'huyen-uy-thuc-hien-114-kh-tu': [],
};

export interface CorpusOptions {
  /**
   * Tasks added to the first plan, all in the health field and led by its issuer: one plan that
   * holds thousands of tasks, which no page listing them may grow with.
   */
  extraTasksInFirstPlan?: number;
}

export function writeCorpus(content: string, target: string, plans: number, { extraTasksInFirstPlan = 0 }: CorpusOptions = {}): void {
  for (const folder of ['documents', 'fields', 'localities', 'agencies']) cpSync(join(content, folder), join(target, folder), { recursive: true });
  mkdirSync(join(target, 'plans'), { recursive: true });
  const templates = readdirSync(join(content, 'plans')).filter((file) => file.endsWith('.mdx')).sort();
  const agencies = new Map(readdirSync(join(content, 'agencies')).map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(content, 'agencies', file), 'utf8'))]));
  for (let index = 0; index < plans; index += 1) {
    const templateFile = templates[index % templates.length];
    const template = templateFile.replace(/\.mdx$/, '');
    const source = readFileSync(join(content, 'plans', templateFile), 'utf8');
    const [, frontText, bodyText] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
    const data = parse(frontText);
    const place = placeName(index);
    const placeId = `${slug(place)}-${index}`;
    const kind = { province: 'tỉnh', district: 'huyện', commune: 'xã' }[data.level as string] ?? 'tỉnh';
    writeFileSync(join(target, 'localities', `${placeId}.yaml`), stringify({ name: place, kind, parent: null }));
    const suffix = `-b${index}`;
    const rename = (text: string) => (PLACES[template] ?? []).reduce((out, name) => out.replaceAll(name, place), text);
    // Every agency the plan names gets a copy of its own in the new place.
    const agencyIds = new Set<string>([data.issuer, ...[...bodyText.matchAll(/(?:lead|support)="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/))]);
    for (const id of agencyIds) {
      const agency = agencies.get(id);
      if (!agency) continue;
      const name = `${rename(agency.name).replace(/ \(huyện không ghi trong văn bản\)/, '')}${(PLACES[template] ?? []).length === 0 ? ` ${place}` : ''}`;
      writeFileSync(join(target, 'agencies', `${id}${suffix}.yaml`), stringify({ ...agency, name, locality: placeId }));
    }
    let body = rename(bodyText).replace(/(lead|support)="([^"]*)"/g, (_, role: string, ids: string) => `${role}="${ids.split(/\s+/).map((id) => `${id}${suffix}`).join(' ')}"`);
    if (index === 0 && extraTasksInFirstPlan > 0) {
      const issuerName = readFileSync(join(target, 'agencies', `${data.issuer}${suffix}.yaml`), 'utf8');
      body = withExtraTasks(body, extraTasksInFirstPlan, `${data.issuer}${suffix}`, parse(issuerName).name);
    }
    const number = data.number ? `${1000 + index}-CTr/TU` : null;
    if (data.number) body = body.replaceAll(data.number, number!);
    const day = new Date(Date.UTC(2023, 1, 1) + ((index * 37) % 900) * 86_400_000).toISOString().slice(0, 10);
    const front = {
      ...data,
      title: rename(data.title),
      number,
      issued: data.issued ? day : null,
      issuer: `${data.issuer}${suffix}`,
      locality: placeId,
      recipients: data.recipients.map(rename),
    };
    delete front.localityInferred;
    delete front.identifiedAs;
    const id = `${template}-${index}`;
    writeFileSync(join(target, 'plans', `${id}.mdx`), `---\n${stringify(front, { lineWidth: 0 })}---\n${body}`);
    writeFileSync(join(target, 'plans', `${id}.corrections.yaml`), 'repairs: []\nkept: []\n');
  }
}

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
