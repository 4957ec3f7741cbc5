/**
 * The parts of a Vietnamese official plan, found in its lines: the header block (issuer, number,
 * place and date), the title (the document's kind in capitals, then its summary), the preamble
 * ("Thực hiện …"), the numbered body, the recipients ("Nơi nhận:") and the signature block.
 */
import { foldVietnamese } from '../model/vietnamese.ts';
import { foldSpaces, rejoinLines, type SourceBlock, type SourceLine } from './source-lines.ts';

export interface PlanSkeleton {
  /** Header lines before the title, each as written ("Số 35-CTr/TU", "Lai Châu, ngày …"). */
  head: SourceLine[];
  /** The kind line as written ("KẾ HOẠCH"), and the lines of the summary after it. */
  kindLine: SourceLine;
  /** Summary lines in capitals kept apart ("CỦA BAN THƯỜNG VỤ ĐẢNG ỦY"), then the summary rejoined. */
  titleBlocks: string[];
  /** Paragraphs between the title and the first part (I.). */
  preamble: SourceBlock[];
  /** Paragraphs from the first part to the recipients or the signature. */
  body: SourceBlock[];
  /** The "Nơi nhận:" label as written, or null when the text has none. */
  recipientsLabel: string | null;
  /** One entry per recipient, its continuation lines joined. */
  recipients: string[];
  /** The signature block's lines: capacity, title, name. */
  signature: string[];
  /** Whether the signature stands before the recipients in the text. */
  signatureFirst: boolean;
}

/** Document kinds, folded, as their capital title lines write them. */
const KIND_LINES: Record<string, string> = {
  'ke hoach': 'Kế hoạch',
  'chuong trinh hanh dong': 'Chương trình hành động',
  'chuong trinh': 'Chương trình hành động',
  'nghi quyet': 'Nghị quyết',
  'chi thi': 'Chỉ thị',
  'ket luan': 'Kết luận',
  'quyet dinh': 'Quyết định',
};

const fold = (text: string) => foldSpaces(foldVietnamese(text).toLowerCase().replace(/[^a-z0-9\s]/g, ' '));
const isCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
/** How a preamble opens; the summary may open so too, but only right after the kind line. */
const PREAMBLE_OPENING = /^(?:Thực hiện|Căn cứ|Triển khai|Để|Nhằm|Ngày)\s/u;
const PART = /^[IVX]+\s*[.\-–]\s/u;
const RECIPIENTS = /^Nơi nhận\s*:?/iu;
/** Lines that open a signature block: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
const SIGNATURE_OPENING = /^(?:T\/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s*\p{Lu}/u;

export class ImportStructureError extends Error {}

export function kindOf(line: string): string | null {
  return isCapitals(line) ? (KIND_LINES[fold(line)] ?? null) : null;
}

export function planSkeleton(lines: readonly SourceLine[]): PlanSkeleton {
  const kindAt = lines.findIndex((line) => kindOf(line.text) !== null);
  if (kindAt === -1) {
    throw new ImportStructureError('không tìm thấy dòng tên loại văn bản viết hoa (KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG …) (no title line naming the kind of document)');
  }
  const recipientsAt = lines.findLastIndex((line) => RECIPIENTS.test(line.text));
  const tailStart = recipientsAt === -1 ? lines.length : recipientsAt;
  // A signature block may stand before "Nơi nhận" (two columns read left to right) or after it.
  let bodyEnd = tailStart;
  while (bodyEnd > kindAt + 1 && isSignatureLine(lines[bodyEnd - 1], lines[bodyEnd - 2])) bodyEnd--;
  const signatureBefore = lines.slice(bodyEnd, tailStart).map((line) => line.text);
  const { recipients, signature: signatureAfter } = recipientsAndSignature(recipientsAt === -1 ? [] : lines.slice(recipientsAt + 1));

  const afterKind = lines.slice(kindAt + 1, bodyEnd);
  const titleEnd = titleLength(afterKind);
  const rest = rejoinLines(afterKind.slice(titleEnd));
  const partAt = rest.findIndex((block) => PART.test(block.text));
  if (partAt === -1) throw new ImportStructureError('không tìm thấy phần đánh số La Mã nào (I., II. …) (no Roman-numbered part)');
  return {
    head: lines.slice(0, kindAt),
    kindLine: lines[kindAt],
    titleBlocks: titleBlocks(afterKind.slice(0, titleEnd)),
    preamble: rest.slice(0, partAt),
    body: rest.slice(partAt),
    recipientsLabel: recipientsAt === -1 ? null : lines[recipientsAt].text,
    recipients,
    signature: [...signatureBefore, ...signatureAfter],
    signatureFirst: signatureBefore.length > 0,
  };
}

/** How many lines after the kind line make the summary: up to a rule or the preamble's opening. */
function titleLength(lines: readonly SourceLine[]): number {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.separator) return index;
    const summaryStarted = lines.slice(0, index).some((earlier) => !earlier.separator && !isCapitals(earlier.text));
    if (PART.test(line.text) || (summaryStarted && PREAMBLE_OPENING.test(line.text))) return index;
  }
  return 0;
}

function titleBlocks(lines: readonly SourceLine[]): string[] {
  const blocks: string[] = [];
  let summary: string[] = [];
  for (const line of lines.filter((candidate) => !candidate.separator)) {
    if (isCapitals(line.text) && summary.length === 0) blocks.push(line.text);
    else summary.push(line.text);
  }
  if (summary.length > 0) blocks.push(summary.join(' '));
  return blocks;
}

function isSignatureLine(line: SourceLine, before: SourceLine | undefined): boolean {
  if (SIGNATURE_OPENING.test(line.text) || (isCapitals(line.text) && line.text.length < 60 && !PART.test(line.text))) return true;
  // The signer's name: a short line of capitalised words right under the block's capitals.
  return Boolean(before && isCapitals(before.text) && isPersonName(line.text));
}

export const isPersonName = (text: string) => /^(?:\p{Lu}\p{Ll}*\s){1,5}\p{Lu}\p{Ll}*$/u.test(text);

/** Recipients are bulleted; an unbulleted line carries on the one above, until the signature. */
function recipientsAndSignature(lines: readonly SourceLine[]): { recipients: string[]; signature: string[] } {
  const recipients: string[] = [];
  let at = 0;
  for (; at < lines.length; at++) {
    const line = lines[at];
    if (line.separator) continue;
    if (SIGNATURE_OPENING.test(line.text) || (isCapitals(line.text) && !line.bullet)) break;
    if (line.bullet || recipients.length === 0) recipients.push(line.text);
    else recipients[recipients.length - 1] += ` ${line.text}`;
  }
  return { recipients, signature: lines.slice(at).filter((line) => !line.separator).map((line) => line.text) };
}
