/**
 * A plan as a Word file (.docx), made at build time with the `docx` library from the plan's
 * compiled tree (compile/plan-tree.ts): the same text, headings and blocks the page shows, laid
 * out as an official document is printed — Times New Roman, A4, headings as Word's Heading 1–3
 * styles (so Word's navigation pane lists the sections), the title block centred, "Nơi nhận" and
 * the signature side by side. The site's own annotations (fields, lead agencies beside each task)
 * are not the document's words and stay out. Pure: the library escapes every character of the text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { MdNode } from '../compile/annotations.ts';
import type { MessageKey, Translate } from '../../i18n/t.ts';
import type { MetadataRow } from '../model/plan-view.ts';
import { publicAddress } from '../model/routes.ts';

/** What official documents are set in; it has every Vietnamese letter and tone mark. */
const FONT = 'Times New Roman';
/** Sizes in half-points: 13 pt for the text, as official documents use. */
const SIZE = { text: 26, title: 28, small: 22, running: 20 };

export interface WordFileInput {
  /** The plan's compiled tree. */
  tree: MdNode;
  /** Where the plan is written (content/plans/<id>.mdx), for errors. */
  file: string;
  /** The plan's title, for the file's properties and as its title block when the text has none. */
  title: string;
  /** The head of the document: issuer, number, place and date, as the page's metadata words them. */
  facts: { label: string; value: string }[];
  /** The plan's full address on the site, printed at the top of every page. */
  address: string;
  /** The site's public origin, on which the text's own links ("/van-ban/…") are made whole; null leaves them as paths. */
  site: string | null;
  t: Translate;
}

/** The rows of the page's metadata block a document's head gives, in the order the head reads. */
const HEAD_ROWS: MessageKey[] = ['meta.issuer', 'meta.number', 'meta.locality', 'meta.issued'];

/**
 * The head facts from the page's metadata rows: each value as the page shows it, "Không ghi trong
 * văn bản" where the text does not give it, and an inference labelled with its grounds.
 */
export function headFacts(rows: readonly MetadataRow[], t: Translate): { label: string; value: string }[] {
  return HEAD_ROWS.flatMap((label) => {
    const row = rows.find((candidate) => candidate.label === label);
    if (!row) return [];
    const inferred = (text: string, grounds: string) => `${t('meta.inferred')}: ${text} (${t('meta.grounds')}: ${grounds})`;
    const parts = row.parts.map((part) => (part.grounds ? inferred(part.text, part.grounds) : part.text));
    const known = parts.length > 0 ? parts.join('; ') : t('meta.unknown');
    const value = row.inference ? `${known}. ${inferred(row.inference.text, row.inference.grounds!)}` : known;
    return [{ label: t(label), value }];
  });
}

/** How a run of text looks, inherited by what it holds. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  superScript?: boolean;
  size?: number;
  font?: string;
  /** A character style of the document: "Hyperlink" for links. */
  style?: string;
}

/** What a block inherits from the blocks around it. */
interface BlockContext {
  paragraph: Partial<IParagraphOptions>;
  run: RunStyle;
  /** Depth in lists, for the list level. */
  listLevel: number;
}

const BODY: BlockContext = {
  paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(10) } },
  run: {},
  listLevel: 0,
};

/** Heading levels by Markdown rank: a plan's parts (##) are Word's Heading 1. */
const HEADING_BY_DEPTH = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

const BULLETS = 'gach-dau-dong';
const bulletList = {
  reference: BULLETS,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: '-',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: convertMillimetersToTwip(8 * (level + 1)), hanging: convertMillimetersToTwip(5) } } },
  })),
};
/** A numbered list's definition; one per first number, as Word starts a level at its definition's `start`. */
const numberedList = (start: number) => ({
  reference: `so-thu-tu-${start}`,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: convertMillimetersToTwip(8 * (level + 1)), hanging: convertMillimetersToTwip(6) } } },
  })),
});

const line = (node: MdNode) => (node as { position?: { start: { line: number } } }).position?.start.line;

type Block = Paragraph | Table;
/** Text in one style, or a run or link made whole. */
type Piece = { text: string; style: RunStyle } | { child: ParagraphChild };

const sameStyle = (a: RunStyle, b: RunStyle) => JSON.stringify(a) === JSON.stringify(b);

/** Turns a plan's tree into Word's blocks; one per file, as it numbers lists and reads link definitions. */
class Converter {
  private listInstance = 0;
  private readonly definitions = new Map<string, string>();
  private readonly input: WordFileInput;

  constructor(input: WordFileInput) {
    this.input = input;
    const collect = (node: MdNode) => {
      const definition = node as MdNode & { identifier?: string; url?: string };
      if (node.type === 'definition' && definition.identifier) this.definitions.set(definition.identifier, definition.url ?? '');
      for (const child of node.children ?? []) collect(child);
    };
    collect(input.tree);
  }

  private fail(node: MdNode, what: string): never {
    const at = line(node);
    throw new Error(`${this.input.file}: ${at ? `line ${at}: ` : ''}the Word file cannot show ${what}; teach src/lib/formats/docx.ts to show it`);
  }

  /** The text of a JavaScript literal mdx-safety.ts lets through (`{"…"}`), or nothing for a comment. */
  private expressionText(node: MdNode): string {
    const estree = (node.data as { estree?: { body?: { expression?: { value?: unknown } }[] } } | undefined)?.estree;
    const value = estree?.body?.[0]?.expression?.value;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }

  /** A link's target made whole: the text's root paths are the site's. */
  private href(url: string): string {
    return this.input.site ? publicAddress(this.input.site, url) : url;
  }

  /** Runs of the inline nodes: text in one style is one run, however many marks the page put in it. */
  inlines(nodes: readonly MdNode[], style: RunStyle): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    let pending: Piece | null = null;
    const flush = () => {
      if (pending && 'text' in pending) runs.push(new TextRun({ text: pending.text, ...pending.style }));
      pending = null;
    };
    for (const piece of this.pieces(nodes, style)) {
      if ('child' in piece) {
        flush();
        runs.push(piece.child);
      } else if (pending && 'text' in pending && sameStyle(pending.style, piece.style)) {
        pending = { text: pending.text + piece.text, style: pending.style };
      } else {
        flush();
        pending = piece;
      }
    }
    flush();
    return runs;
  }

  private pieces(nodes: readonly MdNode[], style: RunStyle): Piece[] {
    return nodes.flatMap((node): Piece[] => {
      const link = node as MdNode & { url?: string; alt?: string; identifier?: string; label?: string };
      switch (node.type) {
        case 'text':
          // A line break inside a Markdown paragraph is a space in the text.
          return [{ text: (node.value ?? '').replace(/[ \t]*\r?\n[ \t]*/g, ' '), style }];
        case 'strong':
          return this.pieces(node.children ?? [], { ...style, bold: true });
        case 'emphasis':
          return this.pieces(node.children ?? [], { ...style, italics: true });
        case 'delete':
          return this.pieces(node.children ?? [], { ...style, strike: true });
        case 'inlineCode':
          return [{ text: node.value ?? '', style: { ...style, font: 'Courier New' } }];
        case 'break':
          return [{ child: new TextRun({ break: 1 }) }];
        case 'link':
          return [this.hyperlink(link.url ?? '', node.children ?? [], style)];
        case 'linkReference': {
          const url = this.definitions.get(link.identifier ?? '');
          return url === undefined ? this.pieces(node.children ?? [], style) : [this.hyperlink(url, node.children ?? [], style)];
        }
        case 'image':
        case 'imageReference': {
          // The picture stays on the site: the file says what it shows and links to it.
          const url = node.type === 'image' ? link.url : this.definitions.get(link.identifier ?? '');
          const text: MdNode[] = [{ type: 'text', value: link.alt || url || '' }];
          return url ? [this.hyperlink(url, text, style)] : this.pieces(text, style);
        }
        case 'footnoteReference':
          return [{ text: `[${link.label ?? link.identifier}]`, style: { ...style, superScript: true } }];
        case 'mdxTextExpression': {
          const text = this.expressionText(node);
          return text ? [{ text, style }] : [];
        }
        case 'mdxJsxTextElement':
          // A target phrase and a document number are the text's own words; the page only marks them.
          if (node.name === 'Target' || node.name === 'DocRef') return this.pieces(node.children ?? [], style);
          return this.fail(node, `<${node.name}>`);
        default:
          return this.fail(node, `a "${node.type}" inside a paragraph`);
      }
    });
  }

  private hyperlink(url: string, children: readonly MdNode[], style: RunStyle): Piece {
    return { child: new ExternalHyperlink({ link: this.href(url), children: this.inlines(children, { ...style, style: 'Hyperlink' }) }) };
  }

  private paragraph(children: ParagraphChild[], context: BlockContext, options: Partial<IParagraphOptions> = {}): Paragraph {
    return new Paragraph({ ...context.paragraph, ...options, children });
  }

  blocks(nodes: readonly MdNode[], context: BlockContext): Block[] {
    const out: Block[] = [];
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index];
      // "Nơi nhận" on the left and the signature on the right, as the document prints them.
      if (this.isJsx(node, 'Recipients') && this.isJsx(nodes[index + 1], 'Signature')) {
        out.push(this.closing(node, nodes[index + 1]));
        index++;
        continue;
      }
      out.push(...this.block(node, context));
    }
    return out;
  }

  private isJsx(node: MdNode | undefined, name: string): boolean {
    return node?.type === 'mdxJsxFlowElement' && node.name === name;
  }

  private block(node: MdNode, context: BlockContext): Block[] {
    const children = node.children ?? [];
    switch (node.type) {
      case 'paragraph':
        return [this.paragraph(this.inlines(children, context.run), context)];
      case 'heading':
        return [
          new Paragraph({
            heading: HEADING_BY_DEPTH[Math.min((node.depth ?? 2) - 1, HEADING_BY_DEPTH.length - 1)],
            children: this.inlines(children, {}),
          }),
        ];
      case 'list':
        return this.list(node, context);
      case 'table':
        return [this.table(node, context)];
      case 'blockquote':
        return this.blocks(children, { ...context, paragraph: { ...context.paragraph, indent: { left: convertMillimetersToTwip(10) } } });
      case 'code':
        return (node.value ?? '').split('\n').map((text) => new Paragraph({ children: [new TextRun({ text, font: 'Courier New', size: SIZE.small })] }));
      case 'thematicBreak':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })];
      case 'definition':
        return [];
      case 'footnoteDefinition': {
        const label = (node as { label?: string }).label ?? '';
        const mark = new TextRun({ text: `[${label}] `, superScript: true });
        return [new Paragraph({ children: [mark] }), ...this.blocks(children, context)];
      }
      case 'mdxFlowExpression': {
        const text = this.expressionText(node);
        return text ? [this.paragraph([new TextRun({ text, ...context.run })], context)] : [];
      }
      case 'mdxJsxFlowElement':
        return this.component(node, context);
      default:
        return this.fail(node, `a "${node.type}" block`);
    }
  }

  private component(node: MdNode, context: BlockContext): Block[] {
    const children = node.children ?? [];
    const centred: BlockContext = { ...context, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } } };
    switch (node.name) {
      // Sections and tasks hold the text; the page's tools beside them are not the document's.
      case 'Section':
      case 'Task':
        return this.blocks(children, context);
      case 'SectionTools':
        return [];
      case 'DocumentHead':
        return this.blocks(children, centred);
      case 'DocumentTitle': {
        // The type of document is the title; the summary under it stays bold and centred.
        const [type, ...summary] = children;
        return [
          ...(type ? [new Paragraph({ heading: HeadingLevel.TITLE, children: this.inlines(type.children ?? [], {}) })] : []),
          ...this.blocks(summary, { ...centred, run: { bold: true }, paragraph: { ...centred.paragraph, spacing: { after: 240 } } }),
        ];
      }
      case 'Recipients':
        return this.recipients(node, context);
      case 'Signature':
        return this.signature(node, { ...context, paragraph: { ...centred.paragraph, indent: { left: convertMillimetersToTwip(80) } } });
      default:
        return this.fail(node, `<${node.name}>`);
    }
  }

  /** "Nơi nhận:" and its list, set smaller, as official documents set them. */
  private recipients(node: MdNode, context: BlockContext): Block[] {
    const [heading, ...rest] = node.children ?? [];
    const list: BlockContext = { paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0 } }, run: { size: SIZE.small }, listLevel: context.listLevel };
    return [
      ...(heading ? [new Paragraph({ spacing: { before: 240, after: 0 }, children: this.inlines(heading.children ?? [], { bold: true, italics: true, size: SIZE.small }) })] : []),
      ...this.blocks(rest, list),
    ];
  }

  private signature(node: MdNode, context: BlockContext): Block[] {
    return this.blocks(node.children ?? [], { ...context, run: { bold: true }, paragraph: { ...context.paragraph, spacing: { after: 0 } } });
  }

  private closing(recipients: MdNode, signature: MdNode): Table {
    const cell = (blocks: Block[], size: number) => new TableCell({ width: { size, type: WidthType.PERCENTAGE }, children: blocks.length > 0 ? blocks : [new Paragraph({ children: [] })] });
    const centred: BlockContext = { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240 } }, run: {}, listLevel: 0 };
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [new TableRow({ children: [cell(this.recipients(recipients, BODY), 50), cell(this.signature(signature, centred), 50)] })],
    });
  }

  private list(node: MdNode, context: BlockContext): Block[] {
    const ordered = (node as { ordered?: boolean }).ordered === true;
    const start = (node as { start?: number | null }).start ?? 1;
    const instance = ++this.listInstance;
    const reference = ordered ? numberedList(start) : BULLETS;
    const level = context.listLevel;
    const inner: BlockContext = { paragraph: { alignment: context.paragraph.alignment ?? AlignmentType.JUSTIFIED }, run: context.run, listLevel: level + 1 };
    return (node.children ?? []).flatMap((item) =>
      (item.children ?? []).flatMap((child, index) => {
        if (child.type === 'list') return this.list(child, inner);
        if (index > 0 || child.type !== 'paragraph') {
          // Blocks after an item's first paragraph line up under its text.
          return this.block(child, { ...inner, paragraph: { ...inner.paragraph, indent: { left: convertMillimetersToTwip(8 * (level + 1)) } } });
        }
        // The first paragraph carries the item's mark, and a task list's box as written.
        const checked = (item as { checked?: boolean | null }).checked;
        const box: MdNode[] = typeof checked === 'boolean' ? [{ type: 'text', value: checked ? '[x] ' : '[ ] ' }] : [];
        const marked = { ...child, children: [...box, ...(child.children ?? [])] };
        return this.block(marked, { ...inner, paragraph: { ...inner.paragraph, numbering: { reference, level, instance } } });
      }),
    );
  }

  private table(node: MdNode, context: BlockContext): Table {
    const align = ((node as { align?: (string | null)[] }).align ?? []).map((value) =>
      value === 'center' ? AlignmentType.CENTER : value === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    );
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: (node.children ?? []).map(
        (row, rowIndex) =>
          new TableRow({
            tableHeader: rowIndex === 0,
            children: (row.children ?? []).map(
              (cell, column) =>
                new TableCell({
                  children: [
                    new Paragraph({
                      alignment: align[column] ?? AlignmentType.LEFT,
                      children: this.inlines(cell.children ?? [], { ...context.run, bold: rowIndex === 0 || context.run.bold }),
                    }),
                  ],
                }),
            ),
          }),
      ),
    });
  }
}

/** The document's head: its facts, one a line, the label bold, then a rule before the text. */
function head(facts: WordFileInput['facts']): Paragraph[] {
  return facts.map(
    ({ label, value }, index) =>
      new Paragraph({
        spacing: { after: 0 },
        ...(index === facts.length - 1 ? { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'auto', space: 6 } } } : {}),
        children: [new TextRun({ text: `${label}: `, bold: true, size: SIZE.small }), new TextRun({ text: value, size: SIZE.small })],
      }),
  );
}

/** A heading style; its outline level (0 for Heading 1) is what Word's navigation pane lists. */
const heading = (outlineLevel: number, extra: { italics?: boolean } = {}) => ({
  run: { font: FONT, size: SIZE.text, bold: true, color: '000000', ...extra },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

/** The plan as a .docx file. */
export async function planWordFile(input: WordFileInput): Promise<Uint8Array<ArrayBuffer>> {
  const { t } = input;
  const converter = new Converter(input);
  const body = converter.blocks(input.tree.children ?? [], BODY);
  const hasTitle = (input.tree.children ?? []).some((node) => node.type === 'mdxJsxFlowElement' && node.name === 'DocumentTitle');
  const document = new Document({
    title: input.title,
    creator: t('site.name'),
    description: input.address,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.text, language: { value: 'vi-VN' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font: FONT, size: SIZE.title, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 60 } } },
        heading1: heading(0),
        heading2: heading(1),
        heading3: heading(2, { italics: true }),
        heading4: heading(3, { italics: true }),
        heading5: heading(4, { italics: true }),
      },
    },
    numbering: { config: [bulletList] },
    sections: [
      {
        properties: {
          page: {
            // A4, with the margins official documents keep (top and bottom 20 mm, left 30, right 20).
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(20) },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${t('site.name')} — `, size: SIZE.running, italics: true }),
                  new ExternalHyperlink({ link: input.address, children: [new TextRun({ text: input.address, size: SIZE.running, italics: true })] }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: SIZE.running, children: [`${t('print.page')} `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          ...head(input.facts),
          ...(hasTitle ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] })]),
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
