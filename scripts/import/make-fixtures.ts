/**
 * Makes the import test fixtures in tests/fixtures/import/: `node scripts/import/make-fixtures.ts`.
 *
 * - plan-004.docx: seed 004 typed as an office would type it (paragraphs, bold headings, a
 *   centred title block, recipients and signature side by side in a borderless table);
 * - plan-004.pdf: the same document printed by headless Chromium, so it has a real text layer;
 * - scanned.pdf: one page that is only a picture of text, as a scanner without OCR makes it.
 *
 * The words are the seed's words in order: only the printed line breaks are undone.
 * Needs Debian's Chromium (see scripts/browser.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CHROMIUM_FLAGS, findChromium } from '../browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, '../shared/seeds/004_f52bd55984169549.txt');
const OUT = join(ROOT, 'tests/fixtures/import');
const MAX_FIXTURE_BYTES = 300 * 1024;

/** One paragraph as typed; `boldLead` is a run-in heading ("3.4. Lĩnh vực y dược:") set in bold. */
interface TypedParagraph {
  text: string;
  bold: boolean;
  boldLead?: string;
}

interface TypedPlan {
  title: string;
  subtitle: string;
  body: TypedParagraph[];
  recipientsHeading: string;
  recipients: string[];
  signature: string[];
  signer: string;
}

const NUMBERED = /^([IVX]+|\d+(\.\d+)*)\.\s/;
const ENDS_SENTENCE = /[.:;!?]$/;

/** Joins two printed lines of one paragraph: a word broken after its hyphen ("88-" + "CTr/TU") closes up. */
function joinLines(left: string, right: string): string {
  return /[\p{L}\d]-$/u.test(left) ? left + right : `${left} ${right}`;
}

/**
 * Rebuilds typed paragraphs from printed lines. A numbered line starts a paragraph; a line
 * starting lower-case continues one; otherwise a line continues the paragraph unless that ended a
 * sentence or was a heading (a heading's own line breaks only continue lower-case).
 */
function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs.at(-1);
    const continues =
      previous !== undefined &&
      !NUMBERED.test(line) &&
      (/^\p{Ll}/u.test(line) || (!ENDS_SENTENCE.test(previous) && !NUMBERED.test(previous)));
    if (continues) paragraphs[paragraphs.length - 1] = joinLines(previous, line);
    else paragraphs.push(line);
  }
  return paragraphs;
}

function typedParagraph(text: string): TypedParagraph {
  if (!NUMBERED.test(text)) return { text, bold: false };
  // A numbered paragraph that runs on into a sentence keeps only its label in bold.
  const runIn = /^(.+?:)\s/.exec(text);
  if (text.endsWith('.') && runIn) return { text, bold: false, boldLead: runIn[1] };
  return { text, bold: true };
}

function readSeedPlan(): TypedPlan {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  // The title block is "KẾ HOẠCH" and a subtitle printed on four lines; the body repeats its opening.
  const subtitleLines = lines.slice(1, 5);
  if (!lines[5].startsWith(subtitleLines[0].slice(0, 30))) throw new Error('seed 004: the title block is not the first five lines');
  const recipientsAt = lines.indexOf('Nơi nhận:');
  const signatureAt = lines.indexOf('TM. ỦY BAN NHÂN DÂN');
  // A recipient printed on two lines goes on after an indent, not a new "- ".
  const recipients: string[] = [];
  for (const line of lines.slice(recipientsAt + 1, signatureAt)) {
    if (line.startsWith('- ')) recipients.push(line);
    else recipients[recipients.length - 1] += ` ${line}`;
  }
  return {
    title: lines[0],
    subtitle: subtitleLines.reduce(joinLines),
    body: paragraphsOf(lines.slice(5, recipientsAt)).map(typedParagraph),
    recipientsHeading: lines[recipientsAt],
    recipients,
    signature: lines.slice(signatureAt, -1),
    signer: lines.at(-1)!,
  };
}

// ---------------------------------------------------------------- .docx

/** Sizes in half-points and twentieths of a point, as Word stores them. */
const FONT = 'Times New Roman';
const BODY_SIZE = 28;
const SMALL_SIZE = 22;
const FIRST_LINE_INDENT = 567; // 1 cm

function docxParagraph(paragraph: TypedParagraph): Paragraph {
  const runs = paragraph.boldLead
    ? [new TextRun({ text: paragraph.boldLead, bold: true }), new TextRun({ text: paragraph.text.slice(paragraph.boldLead.length) })]
    : [new TextRun({ text: paragraph.text, bold: paragraph.bold })];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: { after: 120 }, children: runs });
}

function centred(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: options.bold ?? true, size: options.size })] });
}

function signatureTable(plan: TypedPlan): Table {
  const recipients = new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ children: [new TextRun({ text: plan.recipientsHeading, bold: true, italics: true, size: 24 })] }),
      ...plan.recipients.map((recipient) => new Paragraph({ children: [new TextRun({ text: recipient, size: SMALL_SIZE })] })),
    ],
  });
  const signature = new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      ...plan.signature.map((line) => centred(line)),
      // Room for the signature and the seal: empty paragraphs, as offices leave them.
      ...Array.from({ length: 4 }, () => new Paragraph({})),
      centred(plan.signer),
    ],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [recipients, signature] })],
  });
}

async function makeDocx(plan: TypedPlan): Promise<Buffer> {
  const document = new Document({
    creator: 'nq36-kho-van-ban test fixtures',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          centred(plan.title, { size: 30 }),
          centred(plan.subtitle),
          new Paragraph({}),
          ...plan.body.map(docxParagraph),
          new Paragraph({}),
          signatureTable(plan),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------- .pdf through Chromium

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Noto Serif's @font-face rules from @fontsource, pointed at the woff2 files on disk. */
function notoSerifFontFaces(): string {
  const dir = join(ROOT, 'node_modules/@fontsource/noto-serif');
  const filesUrl = pathToFileURL(join(dir, 'files')).href;
  return ['400.css', '700.css', '700-italic.css']
    .map((name) => readFileSync(join(dir, name), 'utf8').replaceAll('url(./files', `url(${filesUrl}`))
    .join('\n');
}

function planHtml(plan: TypedPlan): string {
  const paragraph = (p: TypedParagraph) =>
    p.boldLead
      ? `<p><b>${escapeHtml(p.boldLead)}</b>${escapeHtml(p.text.slice(p.boldLead.length))}</p>`
      : `<p${p.bold ? ' class="heading"' : ''}>${escapeHtml(p.text)}</p>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title>
<style>
${notoSerifFontFaces()}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font: 13pt/1.35 'Noto Serif'; margin: 0; }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
.heading { font-weight: bold; }
.title { text-align: center; text-indent: 0; font-weight: bold; }
.title.main { font-size: 15pt; margin-bottom: 2pt; }
.signature-block { display: flex; margin-top: 12pt; break-inside: avoid; }
.signature-block > div { flex: 1; }
.recipients p { text-indent: 0; font-size: 11pt; margin: 0; text-align: left; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.signature p { text-indent: 0; text-align: center; font-weight: bold; margin: 0; }
.signature .signer { margin-top: 60pt; }
</style></head>
<body>
<p class="title main">${escapeHtml(plan.title)}</p>
<p class="title">${escapeHtml(plan.subtitle)}</p>
<br>
${plan.body.map(paragraph).join('\n')}
<div class="signature-block">
<div class="recipients"><p class="label">${escapeHtml(plan.recipientsHeading)}</p>
${plan.recipients.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}</div>
<div class="signature">${plan.signature.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<p class="signer">${escapeHtml(plan.signer)}</p></div>
</div>
</body></html>
`;
}

/** A few lines of the plan as a picture, for the scan fixture. */
function scanPictureHtml(plan: TypedPlan): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
${notoSerifFontFaces()}
body { margin: 24px; font: 18px/1.5 'Noto Serif'; background: #fff; }
h1 { font-size: 20px; text-align: center; }
</style></head><body><h1>${escapeHtml(plan.title)}</h1>
${plan.body
  .slice(0, 3)
  .map((p) => `<p>${escapeHtml(p.text)}</p>`)
  .join('\n')}
</body></html>`;
}

function runChromium(chromium: string, workDir: string, args: string[]): void {
  // --virtual-time-budget lets the local web fonts load before the page is printed or shot.
  execFileSync(chromium, [...CHROMIUM_FLAGS, '--headless', `--user-data-dir=${join(workDir, 'profile')}`, '--virtual-time-budget=5000', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function printToPdf(chromium: string, workDir: string, html: string, pdfPath: string): void {
  const htmlPath = join(workDir, 'page.html');
  writeFileSync(htmlPath, html);
  runChromium(chromium, workDir, ['--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, pathToFileURL(htmlPath).href]);
}

function makeScannedPdf(chromium: string, workDir: string, plan: TypedPlan, pdfPath: string): void {
  const picturePath = join(workDir, 'picture.html');
  const pngPath = join(workDir, 'scan.png');
  writeFileSync(picturePath, scanPictureHtml(plan));
  runChromium(chromium, workDir, ['--window-size=900,560', '--hide-scrollbars', `--screenshot=${pngPath}`, pathToFileURL(picturePath).href]);
  const pageHtml = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 15mm; } body { margin: 0; } img { width: 100%; }
</style></head><body><img src="${pathToFileURL(pngPath).href}" alt=""></body></html>`;
  printToPdf(chromium, workDir, pageHtml, pdfPath);
}

// ---------------------------------------------------------------- main

const chromium = findChromium();
if (!chromium) throw new Error('Chromium not found: `apt-get install chromium`, or set CHROMIUM_PATH');
const plan = readSeedPlan();
mkdirSync(OUT, { recursive: true });
const workDir = mkdtempSync(join(tmpdir(), 'nq36-import-fixtures-'));
try {
  writeFileSync(join(OUT, 'plan-004.docx'), await makeDocx(plan));
  printToPdf(chromium, workDir, planHtml(plan), join(OUT, 'plan-004.pdf'));
  makeScannedPdf(chromium, workDir, plan, join(OUT, 'scanned.pdf'));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
for (const name of ['plan-004.docx', 'plan-004.pdf', 'scanned.pdf']) {
  const bytes = statSync(join(OUT, name)).size;
  if (bytes > MAX_FIXTURE_BYTES) throw new Error(`${name} is ${bytes} bytes, over the ${MAX_FIXTURE_BYTES}-byte limit for a fixture`);
  console.log(`${name}: ${(bytes / 1024).toFixed(1)} KB`);
}
