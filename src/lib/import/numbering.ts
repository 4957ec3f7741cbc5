/**
 * Scan damage to the numbering itself: "IU MỤC TIÊU" for "II- MỤC TIÊU", "L Mục tiêu chung" for
 * "1. Mục tiêu chung". A word-level proposer cannot see these (they are not words), yet they decide
 * the document's structure. The sequence tells what the number must be; each repair is proposed,
 * like any other, for an editor to confirm.
 */
import type { RepairProposal } from './ocr-repairs.ts';
import type { SourceLine } from './source-lines.ts';
import { sentenceAround } from './references.ts';

const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const VALID_PART = /^([IVX]+)(\s*[.\-–])\s/u;
/** Letters and marks scanners make of I, V and X, followed by a title in capitals. */
const DAMAGED_PART = /^([IVXLlU1|]{1,4})[\s.\-–]*\s(\p{Lu}[\p{Lu}\s,]{3,})$/u;
/** "L Mục tiêu chung": a lone l, L, I or | where a section's first number stands. */
const DAMAGED_FIRST_SECTION = /^([LlI|])\s(\p{Lu}\p{Ll}+)/u;
/** "3. L Chú trọng": a subsection's ".1" read as a letter. */
const DAMAGED_SUBSECTION = /^(\d+)\.\s([LlI|])\s(?=\p{Lu})/u;

export function numberingRepairs(lines: readonly SourceLine[], wholeText: string): RepairProposal[] {
  const repairs: RepairProposal[] = recipientDebris(lines, wholeText);
  const separators = lines.map((line) => VALID_PART.exec(line.text)?.[2]).filter(Boolean) as string[];
  const separator = mostCommon(separators) ?? '.';
  let parts = 0;
  let justAfterPart = false;
  for (const line of lines) {
    const valid = VALID_PART.exec(line.text);
    if (valid && ROMAN_NUMERALS[parts] === valid[1]) {
      parts++;
      justAfterPart = true;
      continue;
    }
    const damaged = DAMAGED_PART.exec(line.text);
    if (!valid && damaged && ROMAN_NUMERALS[parts] && damaged[1] !== ROMAN_NUMERALS[parts]) {
      const from = line.text.slice(0, line.text.indexOf(damaged[2]) + damaged[2].split(/\s/)[0].length);
      const to = `${ROMAN_NUMERALS[parts]}${separator.trim()} ${damaged[2].split(/\s/)[0]}`;
      if (count(wholeText, from) === 1) {
        repairs.push(proposal(from, to, line.text, `số phần La Mã bị quét sai: sau phần ${ROMAN_NUMERALS[parts - 1] ?? '(đầu)'} phải là phần ${ROMAN_NUMERALS[parts]}`));
        parts++;
        justAfterPart = true;
        continue;
      }
    }
    const first = DAMAGED_FIRST_SECTION.exec(line.text);
    if (justAfterPart && first) {
      const from = `${first[1]} ${first[2]}`;
      if (count(wholeText, from) === 1) repairs.push(proposal(from, `1. ${first[2]}`, line.text, 'số mục đầu tiên của phần bị quét thành chữ'));
    }
    const sub = DAMAGED_SUBSECTION.exec(line.text);
    if (sub && count(wholeText, sub[0].trim()) === 1) repairs.push(proposal(sub[0].trim(), `${sub[1]}.1.`, line.text, 'số mục con “.1” bị quét thành chữ'));
    justAfterPart = false;
  }
  return repairs;
}

function proposal(from: string, to: string, example: string, reason: string): RepairProposal {
  return { from, to, count: 1, kind: 'ocr', confidence: 0.7, reason, example };
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value.trim(), (counts.get(value.trim()) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Document numbers broken by extraction ("50- CT/TW": a line break after the hyphen) or by the
 * scanner ("36-NQ/7W"): the library resolves documents by number, so these decide the links.
 */
export function documentNumberRepairs(wholeText: string): RepairProposal[] {
  const repairs = new Map<string, RepairProposal>();
  for (const match of wholeText.matchAll(/(?<![\p{L}\d])(\d+)-\s+((?:NQ|CTr|KH|CT|KL|QĐ)\/(?:TW|TU|HU|ĐU))(?![\p{L}\d])/gu)) {
    const from = match[0];
    repairs.set(from, { from, to: `${match[1]}-${match[2]}`, count: count(wholeText, from), kind: 'extraction', confidence: 0.9, reason: 'số văn bản bị ngắt dòng sau dấu gạch nối', example: sentenceAround(wholeText, match.index) });
  }
  for (const match of wholeText.matchAll(/(?<![\p{L}\d])(\d+-(?:NQ|CTr|KH|CT|KL)\/)(7W|TVV|T\/V)(?![\p{L}\d])/gu)) {
    const from = match[0];
    repairs.set(from, { from, to: `${match[1]}TW`, count: count(wholeText, from), kind: 'ocr', confidence: 0.85, reason: 'ký hiệu “TW” của số văn bản bị quét sai', example: sentenceAround(wholeText, match.index) });
  }
  return [...repairs.values()];
}

/**
 * The brace that groups recipients in a printed "Nơi nhận" column comes out of a scanner as a
 * lone "I", "Ị" or "|" ("Ban Bí thư Trung ương Đảng, I"). Only in that list: elsewhere "I" is a
 * numeral ("quý I").
 */
function recipientDebris(lines: readonly SourceLine[], wholeText: string): RepairProposal[] {
  const start = lines.findLastIndex((line) => /^Nơi nhận/iu.test(line.text));
  if (start === -1) return [];
  const repairs: RepairProposal[] = [];
  for (const line of lines.slice(start + 1)) {
    for (const match of line.text.matchAll(/(\S+)\s+[IỊ|](?=\s|$)/gu)) {
      const from = match[0];
      if (count(wholeText, from) !== 1 || /^[IVX]+$/u.test(match[1])) continue;
      repairs.push({ from, to: match[1], count: 1, kind: 'ocr', confidence: 0.65, reason: 'dấu ngoặc gộp nơi nhận bị quét thành chữ “I”', example: line.text });
    }
  }
  return repairs;
}
