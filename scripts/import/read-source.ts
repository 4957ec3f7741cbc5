/**
 * Reads a plan to import (plain text, .docx, or a PDF with a text layer) into plain text shaped
 * like the raw seeds: one printed line (PDF) or one paragraph (text, .docx) per line, a blank line
 * between them, NFC, `\n` line ends. What cannot be read stops with an ImportInputError that says,
 * in Vietnamese and then in English, which file, what is wrong and what to do.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export type SourceKind = 'text' | 'docx' | 'pdf';

export class ImportInputError extends Error {}

export interface SourceText {
  text: string;
  kind: SourceKind;
  /** Pages of a PDF. */
  pages?: number;
}

/** Below this many letters per page on average a PDF is taken for a scan without OCR. */
const MIN_LETTERS_PER_PAGE = 20;

const KIND_BY_EXTENSION: Record<string, SourceKind> = { '.txt': 'text', '.docx': 'docx', '.pdf': 'pdf' };

/** The Vietnamese message, then the English one in parentheses. */
function inputError(path: string, vietnamese: string, english: string): ImportInputError {
  return new ImportInputError(`${path}: ${vietnamese} (${english})`);
}

export async function readSource(path: string): Promise<SourceText> {
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  if (!kind) {
    throw inputError(
      path,
      'không nhập được loại tệp này; hãy dùng tệp văn bản .txt (UTF-8), Word .docx hoặc PDF có lớp chữ .pdf',
      'cannot import this kind of file; use plain text .txt (UTF-8), Word .docx or a PDF with a text layer .pdf',
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw inputError(path, 'không tìm thấy tệp', 'no such file');
    throw error;
  }
  const read = await readKind(kind, path, bytes);
  const text = withUnixLineEnds(read.text).normalize('NFC');
  if (!/\p{L}/u.test(text)) {
    throw inputError(path, 'tệp không có chữ nào để nhập', 'the file holds no text to import');
  }
  return { ...read, text, kind };
}

async function readKind(kind: SourceKind, path: string, bytes: Buffer): Promise<{ text: string; pages?: number }> {
  switch (kind) {
    case 'text':
      return { text: textOf(path, bytes) };
    case 'docx':
      return { text: await docxText(path, bytes) };
    case 'pdf':
      return pdfText(path, bytes);
  }
}

// ---------------------------------------------------------------- plain text

function textOf(path: string, bytes: Buffer): string {
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== null) {
    const line = bytes.subarray(0, invalidAt).filter((byte) => byte === 0x0a).length + 1;
    const byte = `0x${bytes[invalidAt].toString(16).toUpperCase().padStart(2, '0')}`;
    throw inputError(
      path,
      `tệp không phải UTF-8: byte ${byte} ở vị trí ${invalidAt} (dòng ${line}) không hợp lệ. Hãy mở tệp và lưu lại với bảng mã UTF-8 (Save As… → Encoding: UTF-8), rồi nhập lại`,
      `not UTF-8: invalid byte ${byte} at byte offset ${invalidAt} (line ${line}). Open the file, save it again as UTF-8, then import it again`,
    );
  }
  return bytes.toString('utf8').replace(/^\ufeff/, '');
}

/**
 * The byte offset of the first byte that is not valid UTF-8, or null. A lenient decode marks it
 * with U+FFFD, and every character before it was decoded from exactly its own bytes; a U+FFFD
 * that the file really holds (EF BF BD) is skipped.
 */
function firstInvalidUtf8Offset(bytes: Buffer): number | null {
  const decoded = bytes.toString('utf8');
  let offset = 0;
  let from = 0;
  for (let at = decoded.indexOf('\ufffd'); at !== -1; at = decoded.indexOf('\ufffd', at + 1)) {
    offset += Buffer.byteLength(decoded.slice(from, at));
    from = at;
    const isRealReplacementCharacter = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!isRealReplacementCharacter) return offset;
  }
  return null;
}

function withUnixLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------- .docx

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

async function docxText(path: string, bytes: Buffer): Promise<string> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw inputError(
      path,
      'đây là tệp Word cũ (.doc) mang đuôi .docx; hãy mở bằng Word hoặc LibreOffice, lưu thành .docx (Word Document) rồi nhập lại',
      'this is an old Word .doc file; open it in Word or LibreOffice, save it as .docx (Word Document), then import it again',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw inputError(
      path,
      'tệp không phải .docx (một .docx là tệp nén ZIP); hãy mở bằng Word hoặc LibreOffice và lưu thành .docx',
      'not a .docx file (a .docx is a ZIP archive); open it in Word or LibreOffice and save it as .docx',
    );
  }
  let html: string;
  try {
    // Pictures are left out: only the words are imported.
    const ignoreImages = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: ignoreImages })).value;
  } catch (error) {
    throw inputError(
      path,
      `không đọc được nội dung Word: ${(error as Error).message}. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại thành .docx rồi nhập lại`,
      `cannot read the Word content: ${(error as Error).message}. Open the file in Word or LibreOffice, save it again as .docx, then import it again`,
    );
  }
  return paragraphLinesOf(html).join('\n\n');
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A paragraph being collected from mammoth's HTML: its text and whether any of it is not bold. */
interface OpenParagraph {
  prefix: string;
  text: string;
  hasPlainText: boolean;
}

/**
 * One line per paragraph of mammoth's HTML, in document order, so the cells of a table come out
 * one after the other, row by row. A wholly bold paragraph (or a Word heading) is wrapped in
 * `**…**` as seed 001 marks its headings; a manual line break inside a paragraph starts a new
 * line; a bulleted item starts with "- ". Word's automatic numbers are not in the text, so
 * numbered items come out without them.
 */
function paragraphLinesOf(html: string): string[] {
  const lines: string[] = [];
  const lists: ('ul' | 'ol')[] = [];
  let boldDepth = 0;
  let paragraph: OpenParagraph | null = null;
  let headingDepth = 0;

  const close = () => {
    if (!paragraph) return;
    const whollyBold = !paragraph.hasPlainText;
    for (const line of paragraph.text.split('\n')) {
      const words = line.replace(/\s+/g, ' ').trim();
      if (words) lines.push(paragraph.prefix + (whollyBold ? `**${words}**` : words));
    }
    paragraph = null;
  };

  for (const [, closing, tag, text] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/g)) {
    if (text !== undefined) {
      paragraph ??= { prefix: '', text: '', hasPlainText: false };
      const words = decodeHtmlText(text);
      paragraph.text += words;
      if (boldDepth === 0 && headingDepth === 0 && /\S/.test(words)) paragraph.hasPlainText = true;
    } else if (tag === 'strong') {
      boldDepth += closing ? -1 : 1;
    } else if (tag === 'br') {
      if (paragraph) paragraph.text += '\n';
    } else if (tag === 'ul' || tag === 'ol') {
      // A nested list ends the text of the item that holds it.
      close();
      if (closing) lists.pop();
      else lists.push(tag);
    } else if (PARAGRAPH_TAGS.has(tag)) {
      close();
      if (HEADING_TAGS.has(tag)) headingDepth += closing ? -1 : 1;
      if (!closing) paragraph = { prefix: tag === 'li' && lists.at(-1) === 'ul' ? '- ' : '', text: '', hasPlainText: false };
    }
  }
  close();
  return lines;
}

function decodeHtmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
}

// ---------------------------------------------------------------- .pdf

async function pdfText(path: string, bytes: Buffer): Promise<{ text: string; pages: number }> {
  // Font warnings (missing glyph tables, standard fonts not embedded) say nothing about the text.
  const loading = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false });
  try {
    let pdf;
    try {
      pdf = await loading.promise;
    } catch (error) {
      throw pdfOpenError(path, error as Error);
    }
    const lines: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      lines.push(...printedLinesOf(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    const text = lines.join('\n\n');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS_PER_PAGE * pdf.numPages) {
      throw inputError(
        path,
        `PDF này là bản quét, không có lớp chữ (${letters} chữ cái trong ${pdf.numPages} trang). Hãy nhận dạng chữ (OCR) trước, ví dụ \`ocrmypdf -l vie vao.pdf ra.pdf\`, rồi nhập tệp ra.pdf`,
        `this PDF is a scan with no text layer (${letters} letters in ${pdf.numPages} page(s)). Run it through OCR first, e.g. \`ocrmypdf -l vie in.pdf out.pdf\`, then import out.pdf`,
      );
    }
    return { text, pages: pdf.numPages };
  } finally {
    await loading.destroy();
  }
}

function pdfOpenError(path: string, error: Error): ImportInputError {
  if (error.name === 'PasswordException') {
    return inputError(
      path,
      'PDF có mật khẩu; hãy mở bằng mật khẩu, in hoặc lưu ra một PDF không mật khẩu rồi nhập lại',
      'the PDF is password-protected; open it with its password, save or print it as a PDF without one, then import that',
    );
  }
  return inputError(
    path,
    `không đọc được PDF (${error.message}); tệp có thể bị hỏng hoặc tải về chưa hết. Hãy lấy lại tệp hoặc in lại ra PDF`,
    `cannot read the PDF (${error.message}); the file may be damaged or incompletely downloaded. Get the file again or print it to PDF again`,
  );
}

/**
 * Rebuilds printed lines from a page's text items, in the order the page draws them (so a
 * two-column signature block reads column by column). A line ends where pdf.js marks an end of
 * line or the baseline moves by more than half the font size. Items on one line are joined as
 * they are: pdf.js already puts a " " item wherever the glyphs leave a gap, and a word is often
 * cut into several items where the font changes (Vietnamese letters may come from another subset
 * of the font), which must not be spaced apart. Ligatures (ﬁ, ﬂ) come out as their letters:
 * pdf.js unfolds them in getTextContent.
 */
function printedLinesOf(items: TextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lineEnded = false;
  let previousY: number | null = null;

  for (const item of items) {
    if (item.str === '') {
      if (item.hasEOL) lineEnded = true;
      continue;
    }
    const [, , , scaleY, , y] = item.transform;
    const size = Math.abs(scaleY) || item.height;
    if (previousY !== null && (lineEnded || Math.abs(y - previousY) > size / 2)) {
      lines.push(line);
      line = '';
    }
    line += item.str;
    lineEnded = item.hasEOL;
    previousY = y;
  }
  lines.push(line);
  return lines.map((text) => text.trim()).filter((text) => text.length > 0);
}
