import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { normaliseSeed } from '../../src/lib/compile/seed-text.ts';
import { ImportInputError, readSource } from '../../scripts/import/read-source.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const SEED_004 = resolve(ROOT, '../shared/seeds/004_f52bd55984169549.txt');
const scratch = mkdtempSync(join(tmpdir(), 'nq36-import-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The word stream of a text. A printed line may break right after the hyphen inside one token
 * ("88-" / "CTr/TU" in the seed, "CT-" / "XH" in the printed fixture): such a break is closed up
 * on both sides, and only at a line end, so a reader that splits a token inside a line still fails.
 */
const wordsOf = (text: string) => normaliseSeed(text.replace(/(?<=[\p{L}\d]-)[ \t]*\n\s*(?=[\p{L}\d])/gu, ''));

const seedWords = wordsOf(readFileSync(SEED_004, 'utf8'));

function writeScratch(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/**
 * A one-page PDF drawing `content` (a content stream) with Helvetica as /F1 and Times as /F2, as
 * office software writes PDFs: words placed by position, often with no space glyph between them.
 */
function handMadePdf(content: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const drawText = (x: number, y: number, font: 'F1' | 'F2', text: string) => `BT /${font} 12 Tf ${x} ${y} Td (${text}) Tj ET`;

async function rejection(path: string): Promise<ImportInputError> {
  try {
    await readSource(path);
  } catch (error) {
    assert.ok(error instanceof ImportInputError, `${path}: expected an ImportInputError, got ${error}`);
    return error;
  }
  assert.fail(`${path}: read without error`);
}

test('a .docx reads back to the words of seed 004, in order', async () => {
  const { text, kind, pages } = await readSource(join(FIXTURES, 'plan-004.docx'));
  assert.equal(kind, 'docx');
  assert.equal(pages, undefined);
  assert.equal(wordsOf(text), seedWords);
});

test('a printed PDF reads back to the words of seed 004, in order, one printed line per line', async () => {
  const { text, kind, pages } = await readSource(join(FIXTURES, 'plan-004.pdf'));
  assert.equal(kind, 'pdf');
  assert.ok(pages !== undefined && pages > 1, `several pages, got ${pages}`);
  assert.equal(wordsOf(text), seedWords);
  const lines = text.split('\n\n');
  assert.ok(lines.every((line) => line.length > 0 && !line.includes('\n')), 'printed lines with one blank line between them');
  assert.ok(lines.includes('I. MỤC ĐÍCH, YÊU CẦU'));
  // The signature block is printed in two columns: each is read whole, recipients first.
  const tail = lines.slice(lines.indexOf('Nơi nhận:'));
  assert.deepEqual(tail.slice(-5), ['- Lưu: VT, KGVX(HTHT).', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Dương Xuân Huyên']);
});

test('a .docx gives one paragraph per line: numbered headings stand alone and whole bold paragraphs are marked', async () => {
  const { text } = await readSource(join(FIXTURES, 'plan-004.docx'));
  assert.doesNotMatch(text, /\n\n\n/);
  const lines = text.split('\n\n');
  for (const heading of [
    '**KẾ HOẠCH**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '**1. Mục đích**',
    '**II. MỤC TIÊU**',
    '**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**',
    '**3.1. Lĩnh vực nông nghiệp:**',
    '**IV. TỔ CHỨC THỰC HIỆN**',
    '**16. Các sở, ban, ngành liên quan, UBND các huyện, thành phố**',
  ]) {
    assert.ok(lines.includes(heading), heading);
  }
  // A heading typed on one paragraph is one line, however many printed lines the seed gave it.
  assert.ok(lines.includes('**2. Cụ thể hóa cơ chế, chính sách và tăng cường công tác quản lý nhà nước về phát triển và ứng dụng công nghệ sinh học**'));
  // Only the label of a run-in heading is bold, so the paragraph is not marked as a whole.
  assert.ok(lines.some((line) => line.startsWith('3.4. Lĩnh vực y dược: nghiên cứu,')));
  // The signature table: the recipients' cell, then the signature's.
  const from = lines.indexOf('**Nơi nhận:**');
  assert.deepEqual(lines.slice(from, from + 2), ['**Nơi nhận:**', '- Thường trực Tỉnh ủy;']);
  assert.deepEqual(lines.slice(-5), ['- Lưu: VT, KGVX(HTHT).', '**TM. ỦY BAN NHÂN DÂN**', '**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '**Dương Xuân Huyên**']);
});

test('a .docx header table comes out cell by cell in reading order, with line breaks, bullets, NFC and escaped characters', async () => {
  const cell = (...lines: string[]) =>
    new TableCell({ children: lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: true })] })) });
  const document = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({ children: [cell('ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')] }),
              new TableRow({ children: [cell('Số: 123/KH-UBND'), cell('Lạng Sơn, ngày 10 tháng 10 năm 2023')] }),
            ],
          }),
          new Paragraph({ children: [new TextRun('Sở NN&PTNT <chủ trì>'), new TextRun({ text: 'dòng sau', break: 1 })] }),
          new Paragraph({ text: 'Nghe\u0323\u0302 An', bullet: { level: 0 } }),
        ],
      },
    ],
  });
  const path = writeScratch('header.docx', await Packer.toBuffer(document));
  const { text } = await readSource(path);
  assert.deepEqual(text.split('\n\n'), [
    '**ỦY BAN NHÂN DÂN**',
    '**TỈNH LẠNG SƠN**',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    '**Độc lập - Tự do - Hạnh phúc**',
    '**Số: 123/KH-UBND**',
    '**Lạng Sơn, ngày 10 tháng 10 năm 2023**',
    'Sở NN&PTNT <chủ trì>',
    'dòng sau',
    '- Nghệ An',
  ]);
});

test('a .docx that is not one says what it is and what to do', async () => {
  const oldWord = writeScratch('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  assert.match((await rejection(oldWord)).message, /^.*old\.docx: .*\(\.doc\).*\(this is an old Word \.doc file; .*save it as \.docx/);
  const notZip = writeScratch('text.docx', 'Kế hoạch');
  assert.match((await rejection(notZip)).message, /not a \.docx file \(a \.docx is a ZIP archive\)/);
  const otherZip = writeScratch('other.docx', zipSync({ 'content.xml': strToU8('<office:document/>') }));
  assert.match((await rejection(otherZip)).message, /cannot read the Word content: Could not find main document part/);
});

test('PDF items are spaced only where the page leaves a gap, and each column is read whole', async () => {
  const path = writeScratch(
    'office.pdf',
    handMadePdf(
      [
        // Words placed apart with no space glyph, the second in another font.
        drawText(72, 700, 'F1', 'Ke hoach'),
        drawText(127, 700, 'F2', 'thuc'),
        drawText(152, 700, 'F1', 'hien'),
        // One word drawn in two pieces that touch: "Glued" is 32.02 points wide in Helvetica 12.
        drawText(72, 680, 'F1', 'Glued'),
        drawText(104.02, 680, 'F2', 'word'),
        // A gap made by kerning inside one string.
        'BT /F1 12 Tf 72 660 Td [(Kerned) -300 (gap)] TJ ET',
        // Two columns side by side, drawn one after the other.
        drawText(72, 620, 'F1', 'Noi nhan:'),
        drawText(72, 606, 'F1', '- Luu: VT.'),
        drawText(320, 620, 'F2', 'TM. UY BAN NHAN DAN'),
        drawText(320, 606, 'F2', 'CHU TICH'),
      ].join('\n'),
    ),
  );
  const { text, pages } = await readSource(path);
  assert.equal(pages, 1);
  assert.deepEqual(text.split('\n\n'), ['Ke hoach thuc hien', 'Gluedword', 'Kerned gap', 'Noi nhan:', '- Luu: VT.', 'TM. UY BAN NHAN DAN', 'CHU TICH']);
});

test('a PDF without a text layer is sent to OCR first', async () => {
  const { message } = await rejection(join(FIXTURES, 'scanned.pdf'));
  assert.match(message, /scanned\.pdf: PDF này là bản quét/);
  assert.match(message, /this PDF is a scan with no text layer/);
  assert.match(message, /ocrmypdf -l vie in\.pdf out\.pdf/);
  // A scan whose only text is a stamped page number is a scan all the same.
  const numbered = writeScratch('numbered-scan.pdf', handMadePdf(drawText(290, 30, 'F1', 'Trang 1')));
  assert.match((await rejection(numbered)).message, /\(5 chữ cái trong 1 trang\).*this PDF is a scan with no text layer \(5 letters in 1 page\(s\)\)/);
});

test('a damaged PDF says so', async () => {
  const path = writeScratch('broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
  assert.match((await rejection(path)).message, /broken\.pdf: không đọc được PDF.*\(cannot read the PDF/);
});

test('plain text: UTF-8 without its BOM, in NFC, with \\n line ends', async () => {
  const path = writeScratch('plan.txt', '\ufeffKẾ HOẠCH\r\n\r\nNghe\u0323\u0302 An\r');
  assert.deepEqual(await readSource(path), { text: 'KẾ HOẠCH\n\nNghệ An\n', kind: 'text' });
});

test('plain text that is not UTF-8 names the offset of the first bad byte', async () => {
  const before = Buffer.from('KẾ HOẠCH\n\ufffd đã có sẵn\nTh', 'utf8');
  // As a legacy 8-bit encoding (TCVN3, Windows-1258) leaves it: 0xF0 opens a four-byte UTF-8 sequence that 0x63 does not continue.
  const path = writeScratch('legacy.txt', Buffer.concat([before, Buffer.from([0xf0, 0x63]), Buffer.from(' hiện', 'utf8')]));
  const { message } = await rejection(path);
  assert.match(message, new RegExp(`byte 0xF0 ở vị trí ${before.length} \\(dòng 3\\)`));
  assert.match(message, new RegExp(`invalid byte 0xF0 at byte offset ${before.length} \\(line 3\\)\\. Open the file, save it again as UTF-8`));
});

test('an unknown kind of file is refused, naming the three kinds', async () => {
  const { message } = await rejection(writeScratch('plan.odt', 'x'));
  assert.match(message, /plan\.odt: .*\.txt.*\.docx.*\.pdf/);
  assert.match(message, /\(cannot import this kind of file; use plain text \.txt \(UTF-8\), Word \.docx or a PDF with a text layer \.pdf\)/);
});
