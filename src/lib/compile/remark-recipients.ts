import type { Root } from 'mdast';
import type { Translate } from '../../i18n/t.ts';

/**
 * Remark plugin: fills a plan's `<Recipients />` with its frontmatter list, so the "Nơi nhận"
 * list is written once (in the frontmatter) and still stands in the text where the document has it.
 */
interface MdNode {
  type: string;
  name?: string;
  value?: string;
  children?: MdNode[];
}

const paragraph = (text: string): MdNode => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** `t` words the block's heading ("Nơi nhận:"), as seed-text.ts writes it too. */
export default function remarkRecipients({ t }: { t: Translate }) {
  return (root: Root, file: { path?: string; data: { astro?: { frontmatter?: { recipients?: unknown } } } }) => {
    const tree = root as unknown as MdNode;
    const block = tree.children?.find((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Recipients');
    if (!block) return;
    const recipients = file.data.astro?.frontmatter?.recipients;
    if (!Array.isArray(recipients) || recipients.length === 0) {
      throw new Error(`${file.path ?? 'plan'}: recipients: the text has <Recipients /> but the frontmatter lists no recipient`);
    }
    block.children = [
      paragraph(t('plan.recipients')),
      {
        type: 'list',
        children: recipients.map((recipient) => ({ type: 'listItem', children: [paragraph(String(recipient))] })),
      },
    ];
  };
}
