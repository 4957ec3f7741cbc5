/**
 * The documents a plan names by number, with what the sentence naming each says of it: its kind,
 * date, issuer and the document it carries out ("Chương trình hành động số 88-CTr/TU ngày
 * 19/6/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 36-NQ/TW").
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { Entry } from '../model/library.ts';
import type { PlanData } from '../../schemas/plan.ts';
import { DOCUMENT_NUMBER } from '../model/references.ts';
import { slugify } from '../model/vietnamese.ts';

export interface NamedDocument {
  number: string;
  /** The date written right after the number, as YYYY-MM-DD. */
  issued: string | null;
  /** The issuer as written after "của" ("Ban Thường vụ Tỉnh ủy"), or null. */
  issuerAsWritten: string | null;
  /** The number of the document this one is said to carry out, or null. */
  implementsNumber: string | null;
  /** The sentence where it is first named. */
  sentence: string;
}

/** Kind of document by the code in its number: "88-CTr/TU" is a Chương trình (hành động). */
const KIND_BY_CODE: Record<string, DocumentData['type']> = {
  NQ: 'Nghị quyết',
  CTr: 'Chương trình hành động',
  KH: 'Kế hoạch',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
};

export function kindOfNumber(number: string): DocumentData['type'] {
  const code = /^\d+[-/]([A-Za-zĐđ]+)/u.exec(number)?.[1] ?? '';
  return KIND_BY_CODE[code] ?? 'Kế hoạch';
}

/** Central (TW, CP, TTg), or the level of the local body the number's suffix names. */
export function levelOfNumber(number: string): DocumentData['level'] {
  if (/\/TW$|-(?:CP|TTg)$/u.test(number)) return 'central';
  if (/\/HU$/u.test(number)) return 'district';
  if (/\/ĐU$/u.test(number)) return 'commune';
  return 'province';
}

const DATE_AFTER = /^,?\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const ISSUER_AFTER = /^\s*của\s+((?:\p{Lu}[\p{L}]*|[\p{Ll}]+)(?:\s+[\p{L}]+){0,8}?)(?=\s+(?:về|triển khai|thực hiện|khóa|khoá)\b|[,;.()]|$)/u;
const IMPLEMENTS_AFTER = /^[^;.()]{0,160}?(?:về\s+)?(?:triển khai\s+)?thực hiện\s+[\p{L}\s]{2,30}?số\s+/u;

export function documentsNamed(text: string): NamedDocument[] {
  const found = new Map<string, NamedDocument>();
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const number = match[0];
    if (found.has(number)) continue;
    const after = text.slice(match.index + number.length);
    const date = DATE_AFTER.exec(after);
    const afterDate = date ? after.slice(date[0].length) : after;
    const issuer = ISSUER_AFTER.exec(afterDate);
    const implementsLead = IMPLEMENTS_AFTER.exec(afterDate);
    const implementsNumber = implementsLead ? (new RegExp(DOCUMENT_NUMBER.source, 'u').exec(afterDate.slice(implementsLead[0].length, implementsLead[0].length + 20))?.[0] ?? null) : null;
    found.set(number, {
      number,
      issued: date ? `${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}` : null,
      issuerAsWritten: issuer ? issuer[1].trim() : null,
      implementsNumber,
      sentence: sentenceAround(text, match.index),
    });
  }
  return [...found.values()];
}

/** The sentence (or line) of `text` around offset `at`. */
export function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const stops = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((index) => index !== -1);
  const end = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
  return text.slice(start, end).trim();
}

/** A number's id in the library: its plan or document, preferring those of the plan's province. */
export function resolveNumber(
  number: string,
  library: { plans: readonly Entry<PlanData>[]; documents: readonly Entry<DocumentData>[] },
  province: string | null,
): string | null {
  const candidates = [...library.plans, ...library.documents].filter((entry) => entry.data.number === number);
  if (candidates.length <= 1) return candidates[0]?.id ?? null;
  return candidates.find((entry) => entry.data.locality === province)?.id ?? null;
}

/** The id a new document gets: its number, and its province when the number is local. */
export function draftDocumentId(number: string, province: string | null): string {
  return levelOfNumber(number) === 'central' || !province ? slugify(number) : `${slugify(number)}-${province}`;
}
