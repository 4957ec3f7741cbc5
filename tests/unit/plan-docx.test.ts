/**
 * A plan's Word file is its compiled text: built here as the build builds it, unzipped, and read
 * back from word/document.xml — headings as Word's heading styles in the plan's own outline, the
 * Vietnamese intact, bold runs, lists, the head, title and signature, and markup kept as text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { compilePlanTree } from '../../src/lib/compile/plan-tree.ts';
import { headFacts, planWordFile } from '../../src/lib/formats/docx.ts';
import { Library } from '../../src/lib/model/library.ts';
import { planMetadata, type MetadataRow } from '../../src/lib/model/plan-view.ts';
import { t } from '../../src/i18n/t.ts';
import { loadContent, readPlanSource } from '../helpers/content.ts';
import type { MdNode } from '../../src/lib/compile/annotations.ts';

const content = loadContent();
const library = new Library(content, t);
const SITE = 'https://nq36.example.gov.vn';

async function wordFileOf(id: string): Promise<Record<string, string>> {
  const file = `content/plans/${id}.mdx`;
  const bytes = await planWordFile({
    tree: compilePlanTree(readPlanSource(id), file, '/', t),
    file,
    title: library.plan(id)!.data.title,
    facts: headFacts(planMetadata(library, id, t), t),
    address: `${SITE}/van-ban/${id}/`,
    site: SITE,
    t,
  });
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface WordParagraph {
  style: string | null;
  text: string;
  bold: string[];
  listed: boolean;
  xml: string;
}

/** The paragraphs of a WordprocessingML part, in order: style, text, bold runs, whether in a list. */
function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([whole, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null,
    text: unescape([...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')),
    bold: [...inner.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>[\s\S]*?)<\/w:r>/g)].map((run) => unescape(/<w:t[^>]*>([^<]*)<\/w:t>/.exec(run[1])?.[1] ?? '')),
    listed: inner.includes('<w:numPr>'),
    xml: whole,
  }));
}

for (const plan of library.plans) {
  test(`${plan.id}: the Word file's headings are the plan's outline, in Word's heading styles`, async () => {
    const files = await wordFileOf(plan.id);
    const headings = paragraphs(files['word/document.xml']).filter((paragraph) => paragraph.style?.startsWith('Heading'));
    const outline = content.annotations.get(plan.id)!.outline.sections;
    assert.ok(outline.length > 5);
    // A plan's parts (##) are Heading 1, their sections Heading 2, and so on.
    assert.deepEqual(
      headings.map((heading) => [heading.style, heading.text.trim()]),
      outline.map((section) => [`Heading${section.depth - 1}`, section.title]),
    );
    // The styles carry outline levels, which Word's navigation pane lists.
    for (const level of [1, 2, 3]) {
      assert.match(files['word/styles.xml'], new RegExp(`w:styleId="Heading${level}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level - 1}"/>`));
    }
  });
}

test('the Word file keeps the text whole: Vietnamese, bold runs, lists, head, title, signature, page header', async () => {
  const files = await wordFileOf('lai-chau-35-ctr-tu');
  const body = paragraphs(files['word/document.xml']);
  const texts = body.map((paragraph) => paragraph.text);
  const sentence =
    'Nguyên nhân chủ yếu của những hạn chế nêu trên là do nhận thức của một số cấp ủy, chính quyền về vai trò, vị trí, tầm quan trọng của công nghệ sinh học chưa đầy đủ;';
  assert.ok(texts.some((text) => text.startsWith(sentence)), 'a paragraph of part I stands whole, every tone mark in place');
  // The head: the facts as the page shows them, then the plan's own head block as printed.
  assert.deepEqual(texts.slice(0, 4), ['Cơ quan ban hành: Ban Thường vụ Tỉnh ủy Lai Châu', 'Số hiệu: 35-CTr/TU', 'Địa bàn: tỉnh Lai Châu', 'Ngày ban hành: 05/05/2023']);
  assert.deepEqual(texts.slice(4, 7), ['Số 35-CTr/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Lai Châu, ngày 05 tháng 5 năm 2023']);
  assert.deepEqual([body[7].style, body[7].text], ['Title', 'CHƯƠNG TRÌNH HÀNH ĐỘNG']);
  // A list item of the targets, with its target phrase kept as the text's words.
  const item = body.find((paragraph) => paragraph.text.startsWith('Ứng dụng công nghệ sinh học bảo tồn từ 2 - 5 giống cây trồng'));
  assert.equal(item?.listed, true);
  // "Nơi nhận" beside the signature, in bold, as the document closes.
  const closing = files['word/document.xml'].slice(files['word/document.xml'].lastIndexOf('<w:tbl>'));
  assert.deepEqual(
    paragraphs(closing).filter((paragraph) => paragraph.bold.length > 0).map((paragraph) => paragraph.text),
    ['Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Văn Lương'],
  );
  // The site's notes on each task (fields, lead agencies) are not the document's words.
  assert.ok(!texts.some((text) => text.startsWith(t('task.fields'))));
  assert.match(files['word/header1.xml'], new RegExp(`${SITE}/van-ban/lai-chau-35-ctr-tu/`));
  assert.match(files['word/footer1.xml'], /<w:instrText[^>]*>PAGE<\/w:instrText>/);
  assert.match(files['word/styles.xml'], /<w:rFonts w:ascii="Times New Roman"[^>]*\/>(?:(?!<\/w:rPr>).)*<w:lang w:val="vi-VN"\/>/);
  assert.match(files['docProps/core.xml'], /<dc:title>Chương trình hành động thực hiện Nghị quyết số 36-NQ\/TW/);
});

test('bold runs stay bold, and unknown facts say so as the page does', async () => {
  const files = await wordFileOf('huyen-uy-thuc-hien-114-kh-tu');
  const body = paragraphs(files['word/document.xml']);
  const target = body.find((paragraph) => paragraph.text.startsWith('2.1. Đến năm 2030:'));
  assert.deepEqual(target?.bold, ['2.1. Đến năm 2030:']);
  assert.equal(body.find((paragraph) => paragraph.text.startsWith('Số hiệu:'))?.text, 'Số hiệu: Không ghi trong văn bản');
  const commune = paragraphs((await wordFileOf('nhu-khe-thuc-hien-38-ctr-tu'))['word/document.xml']);
  assert.equal(
    commune.find((paragraph) => paragraph.text.startsWith('Ngày ban hành:'))?.text,
    'Ngày ban hành: Không ghi trong văn bản. Suy luận: sau ngày 11/02/2026 (Căn cứ: Văn bản thực hiện Chương trình hành động số 38-CTr/TU ngày 11/02/2026 nên ban hành sau ngày đó.)',
  );
});

const PROBE = `---
source: "probe.txt"
recipients: [Lưu VT.]
---

## I. MỤC ĐÍCH

Mã \\<script>alert("x")\\</script> & R&D, *nghiêng* và **đậm**, [toàn văn](/van-ban/x/).

| Chỉ tiêu | Năm |
| --- | ---: |
| Tỷ lệ \\<b> | 2030 |

3. ba
4. bốn

- [x] đã xong

<Recipients />
`;

test('markup and ampersands in the text are written as text, tables and numbered lists as Word makes them', async () => {
  const file = 'content/plans/probe.mdx';
  const bytes = await planWordFile({ tree: compilePlanTree(PROBE, file, '/', t), file, title: 'Kế hoạch thử', facts: [], address: `${SITE}/van-ban/probe/`, site: SITE, t });
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const xml = files['word/document.xml'];
  assert.ok(xml.includes('Mã &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; R&amp;D, '), 'escaped by the library');
  assert.ok(!/<script|<b>/.test(xml), 'no markup of the text reaches the XML');
  const body = paragraphs(xml);
  assert.equal(body.find((paragraph) => paragraph.style === 'Title')?.text, 'Kế hoạch thử', 'a text without a title block is headed by its title');
  assert.ok(body.some((paragraph) => paragraph.text === 'Mã <script>alert("x")</script> & R&D, nghiêng và đậm, toàn văn.'));
  assert.match(xml, /<w:tblHeader\/>(?:(?!<\/w:tr>).)*<w:b\/>(?:(?!<\/w:tr>).)*Chỉ tiêu/);
  assert.ok(body.some((paragraph) => paragraph.text === 'Tỷ lệ <b>'));
  assert.deepEqual(body.filter((paragraph) => paragraph.listed).map((paragraph) => paragraph.text), ['ba', 'bốn', '[x] đã xong', 'Lưu VT.']);
  assert.match(files['word/numbering.xml'], /<w:start w:val="3"\/>/);
  assert.match(files['word/_rels/document.xml.rels'], new RegExp(`Target="${SITE}/van-ban/x/" TargetMode="External"`));
});

test('a block the Word file cannot show fails with the file and the line, never dropped', async () => {
  const tree: MdNode = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }, { type: 'html', value: '<hr>', position: { start: { line: 7 } } } as MdNode] };
  await assert.rejects(
    planWordFile({ tree, file: 'content/plans/probe.mdx', title: 'Kế hoạch thử', facts: [], address: '/van-ban/probe/', site: null, t }),
    { message: 'content/plans/probe.mdx: line 7: the Word file cannot show a "html" block; teach src/lib/formats/docx.ts to show it' },
  );
});

test('the head facts read as the metadata block: known, unknown, or inferred with grounds', () => {
  const rows: MetadataRow[] = [
    { label: 'meta.type', parts: [{ text: 'Kế hoạch' }] },
    { label: 'meta.number', parts: [], inference: { text: 'Kế hoạch 114-KH/TU', grounds: 'lời văn trùng' } },
    { label: 'meta.issuer', parts: [{ text: 'Ban Thường vụ Tỉnh ủy Bắc Giang' }] },
    { label: 'meta.issued', parts: [] },
    { label: 'meta.locality', parts: [{ text: 'tỉnh Bắc Giang', grounds: 'tên tỉnh trong văn bản' }] },
  ];
  assert.deepEqual(headFacts(rows, t), [
    { label: 'Cơ quan ban hành', value: 'Ban Thường vụ Tỉnh ủy Bắc Giang' },
    { label: 'Số hiệu', value: 'Không ghi trong văn bản. Suy luận: Kế hoạch 114-KH/TU (Căn cứ: lời văn trùng)' },
    { label: 'Địa bàn', value: 'Suy luận: tỉnh Bắc Giang (Căn cứ: tên tỉnh trong văn bản)' },
    { label: 'Ngày ban hành', value: 'Không ghi trong văn bản' },
  ]);
});
