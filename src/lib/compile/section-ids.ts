/**
 * Stable ASCII anchor ids for the sections of a plan, derived from the document's own numbering
 * ("III." → `iii`, "2.1." under III → `iii-2-1`, "a)" → `iii-2-1-a`) so that a repaired word in a
 * heading never moves its anchor. Unnumbered headings take their parent's id and a slug.
 */
import { slugify } from '../model/vietnamese.ts';

/** A top-level block of the plan body as the id assigner sees it. */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** Heading depth (2 for ##); 0 for a paragraph. */
  depth: number;
  /** The block's plain text. */
  text: string;
}

const ROMAN = /^([IVX]+)\s*[.\-–]\s/;
const ARABIC = /^(\d+(?:\.\d+)*)\.?\s/;
const LETTER = /^([a-zđ])\)\s/;

/** The id of each block (null for an unnumbered paragraph); throws on a repeated id. */
export function assignSectionIds(blocks: readonly Block[]): (string | null)[] {
  let part: string | null = null;
  let lastNumbered: string | null = null;
  const headingIdAtDepth: string[] = [];
  const seen = new Map<string, string>();

  return blocks.map((block) => {
    const text = block.text.trim();
    let id: string | null = null;
    const roman = ROMAN.exec(text);
    const arabic = ARABIC.exec(text);
    const letter = LETTER.exec(text);
    if (roman) {
      part = roman[1].toLowerCase();
      id = part;
      lastNumbered = null;
    } else if (arabic) {
      id = [part ?? 'muc', ...arabic[1].split('.')].join('-');
      lastNumbered = id;
    } else if (letter) {
      id = `${lastNumbered ?? part ?? 'muc'}-${slugify(letter[1])}`;
    } else if (block.kind === 'heading') {
      const parent = headingIdAtDepth.slice(0, block.depth).reverse().find(Boolean);
      const slug = slugify(text).split('-').slice(0, 6).join('-');
      id = parent ? `${parent}-${slug}` : slug;
    }
    if (block.kind === 'heading' && id) {
      headingIdAtDepth[block.depth] = id;
      headingIdAtDepth.length = block.depth + 1;
    }
    if (id) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new Error(`section id "${id}" is given twice: to "${earlier}" and to "${text.slice(0, 60)}"; fix the numbering`);
      }
      seen.set(id, text.slice(0, 60));
    }
    return id;
  });
}
