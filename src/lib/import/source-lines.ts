/**
 * A raw plan text (what text extraction or OCR gives) as lines, and the lines rejoined into the
 * paragraphs the authors wrote.
 *
 * Extracted texts come in two shapes: one line per printed line (every paragraph broken at the
 * page width, seeds 000, 003, 004) or one line per paragraph (seeds 001, 002). Which one a text is
 * shows in its line lengths: printed lines cluster just under the page width.
 */

/** One non-empty line of the source, cleaned of Markdown marks and list bullets. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the source, for the review list. */
  line: number;
  /** The line was wholly in `**bold**` (some extractions keep bold). */
  bold: boolean;
  /** The line began with a list bullet (-, ·, •). */
  bullet: boolean;
  /** A rule of dashes (-----): the boundary extractions leave under a title. */
  separator: boolean;
}

/** A paragraph of the source: its lines joined. */
export interface SourceBlock {
  text: string;
  line: number;
  bold: boolean;
  bullet: boolean;
}

const BULLET = /^\s*[-·•]\s+/;

/** Folds every run of white space into one space. */
export const foldSpaces = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Lines as normaliseSeed reads them: `**`, heading marks and bullets dropped. */
export function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let insideBold = false;
  raw.normalize('NFC').split(/\r?\n/).forEach((rawLine, index) => {
    const bold = insideBold || /^\s*(?:#{1,6}\s+)?\*\*/.test(rawLine);
    if ((rawLine.match(/\*\*/g)?.length ?? 0) % 2 === 1) insideBold = !insideBold;
    const bullet = BULLET.test(rawLine);
    const text = foldSpaces(
      rawLine
        .replace(/\*\*|(?<![\p{L}\d])\*|\*(?![\p{L}\d])/gu, '')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(BULLET, ''),
    );
    const separator = /^\s*-{3,}\s*$/.test(rawLine);
    if (text || separator) lines.push({ text: separator ? '' : text, line: index + 1, bold, bullet, separator });
  });
  return lines;
}

/** The length below which a printed line ends its paragraph, or null for one-line paragraphs. */
function printedLineWidth(lines: readonly SourceLine[]): number | null {
  const lengths = lines.filter((line) => !line.separator).map((line) => line.text.length).sort((a, b) => a - b);
  if (lengths.length < 10) return null;
  const at = (share: number) => lengths[Math.floor((lengths.length - 1) * share)];
  // Printed lines: most lines within a few characters of the page width, none far past it.
  return at(0.9) <= 140 && at(0.9) <= at(0.5) * 1.3 ? at(0.75) : null;
}

const NUMBERED = /^(?:[IVXLC]+\s*[.\-–]|\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[a-zđ]\))\s/u;
const ENDS_SENTENCE = /[.:;!?…]["”’)]*$/u;
const STARTS_LOWER = /^["“(]?\p{Ll}/u;
const STARTS_UPPER = /^["“(]?[\p{Lu}\d]/u;

const startsNumbered = (text: string) => NUMBERED.test(text);

/** Rejoins lines into paragraphs; a separator or a bullet always starts a new one. */
export function rejoinLines(lines: readonly SourceLine[]): SourceBlock[] {
  const width = printedLineWidth(lines);
  const blocks: SourceBlock[] = [];
  let previous: SourceLine | null = null;
  let linesInBlock = 0;
  for (const line of lines) {
    if (line.separator) {
      previous = null;
      continue;
    }
    const last = blocks.at(-1);
    if (last && previous && continues(previous, line, width) && !endsNumberedTitle(last.text, linesInBlock, line, width)) {
      last.text = `${last.text} ${line.text}`;
      linesInBlock++;
    } else {
      blocks.push({ text: line.text, line: line.line, bold: line.bold, bullet: line.bullet });
      linesInBlock = 1;
    }
    previous = line;
  }
  return blocks;
}

/** Words that carry a name on from the line above ("… của Ban Thường vụ" / "Tỉnh ủy …"). */
const NAME_GOES_ON = /^(?:Nghị quyết|Kế hoạch|Chương trình|Chỉ thị|Quyết định|Kết luận|Ban|Ủy ban|UBND|HĐND|Tỉnh|Huyện|Thành|Xã|Đảng|Nhà nước|Nhân dân|Trung ương|Tổ quốc|Mặt trận|MTTQ|Bộ|Chính|Thủ tướng|Sở|Hội|Việt Nam|Công an|Quân|Đoàn|Liên|Văn phòng|Thường trực)(?!\p{L})/u;

/**
 * A printed section title of one or two lines ("1. Tăng cường … nâng cao" / "nhận thức … mới")
 * ends where a line in upper case starts that does not carry a name on: the paragraph under it.
 */
function endsNumberedTitle(blockText: string, linesInBlock: number, line: SourceLine, width: number | null): boolean {
  if (width === null || linesInBlock > 2 || !/^\d+(?:\.\d+)*\.\s/u.test(blockText)) return false;
  return !ENDS_SENTENCE.test(blockText) && STARTS_UPPER.test(line.text) && !NAME_GOES_ON.test(line.text);
}

/** Whether `line` carries on the paragraph that `previous` belongs to. */
function continues(previous: SourceLine, line: SourceLine, width: number | null): boolean {
  if (line.bullet || previous.bold !== line.bold) return false;
  if (width === null) {
    // One line per paragraph: only a paragraph cut by a page break goes on, in lower case.
    return !ENDS_SENTENCE.test(previous.text) && STARTS_LOWER.test(line.text);
  }
  const short = previous.text.length < width * 0.75;
  if (short) return false;
  if (startsNumbered(line.text) && ENDS_SENTENCE.test(previous.text)) return false;
  // A new sentence in upper case after a line that stops short of the margin: a new paragraph (or a
  // heading's end). Lines inside a justified paragraph run to the margin.
  const sentenceEnded = /[.!?]["”’)]*$/u.test(previous.text);
  if (STARTS_UPPER.test(line.text) && previous.text.length < width * (sentenceEnded ? 0.9 : 0.85)) return false;
  return true;
}
