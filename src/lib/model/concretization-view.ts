/**
 * What the comparison page of a plan shows: for each held plan it carries out, its sections
 * beside the parent's, with the words that changed, and the parent's sections not carried down.
 */
import type { Translate } from '../../i18n/t.ts';
import type { Library } from './library.ts';
import { wordChanges, type AlignmentClass, type WordChange, SHINGLE_SYLLABLES } from './concretization.ts';
import { routes } from './routes.ts';

export interface SideView {
  id: string;
  title: string;
  url: string;
  /** The section's own text (its heading aside), as runs marked same, removed (parent side) or added (child side). */
  words: WordChange[];
}

export interface RowView {
  class: AlignmentClass;
  label: string;
  child: SideView | null;
  parent: SideView | null;
}

export interface AlignmentView {
  parent: { id: string; name: string; url: string };
  inferred: boolean;
  grounds: string | null;
  /** Whole per cent of the child's text found in the parent. */
  sharedPercent: number;
  /** How the share is counted, in words a reader can check. */
  method: string;
  counts: { class: AlignmentClass; label: string; count: number }[];
  rows: RowView[];
  dropped: RowView[];
}

const CLASSES: AlignmentClass[] = ['kept', 'adapted', 'new', 'dropped'];

export function concretizationView(library: Library, childId: string, t: Translate): AlignmentView[] {
  const outline = (id: string) => new Map((library.annotations.get(id)?.outline.sections ?? []).map((section) => [section.id, section]));
  return library.concretizationsOf(childId).map((aligned) => {
    const childSections = outline(aligned.child);
    const parentSections = outline(aligned.parent);
    const rows = aligned.rows.map((row): RowView => {
      const child = row.child ? childSections.get(row.child.id)! : null;
      const parent = row.parent ? parentSections.get(row.parent.id)! : null;
      const changes = child && parent ? wordChanges(parent.text, child.text) : null;
      const side = (planId: string, section: NonNullable<typeof child>, keep: WordChange['change']): SideView => ({
        id: section.id,
        title: section.title,
        url: routes.plan(planId, section.id),
        words: changes
          ? changes.filter((run) => run.change === 'same' || run.change === keep)
          : [{ text: section.text, change: 'same' }],
      });
      return {
        class: row.class,
        label: t(`concretization.class.${row.class}`),
        child: child && side(aligned.child, child, 'added'),
        parent: parent && side(aligned.parent, parent, 'removed'),
      };
    });
    const parentNode = library.node(aligned.parent)!;
    return {
      parent: { id: aligned.parent, name: library.shortName(parentNode), url: parentNode.url },
      inferred: aligned.inferred,
      grounds: aligned.grounds,
      sharedPercent: Math.round(aligned.sharedShare * 100),
      method: t('concretization.method').replace('{n}', String(SHINGLE_SYLLABLES)),
      counts: CLASSES.map((kind) => ({ class: kind, label: t(`concretization.class.${kind}`), count: rows.filter((row) => row.class === kind).length })),
      rows: rows.filter((row) => row.class !== 'dropped'),
      dropped: rows.filter((row) => row.class === 'dropped'),
    };
  });
}
