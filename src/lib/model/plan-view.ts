/**
 * What a plan page shows in its metadata block, in the vocabulary of vbpl.vn: one row per
 * fact, each value either known (with links), unknown ("không ghi trong văn bản"), or an
 * inference shown with its grounds.
 */
import type { MessageKey, Translate } from '../../i18n/t.ts';
import { formatPartialDate } from './dates.ts';
import type { Library } from './library.ts';

export interface ValuePart {
  text: string;
  href?: string;
  /** Set when this part is an inference: why we believe it. */
  grounds?: string;
}

export interface MetadataRow {
  label: MessageKey;
  /** Empty when the text does not give the fact. */
  parts: ValuePart[];
  /** A fact the text does not give but that we infer, shown beside "unknown". */
  inference?: ValuePart;
}

export const LEVEL_LABEL = {
  central: 'level.central',
  province: 'level.province',
  district: 'level.district',
  commune: 'level.commune',
  all: 'level.all',
} as const satisfies Record<string, MessageKey>;

export function planMetadata(library: Library, id: string, t: Translate): MetadataRow[] {
  const entry = library.plan(id);
  if (!entry) throw new Error(`unknown plan "${id}"`);
  const plan = entry.data;
  const signer = plan.signer;
  const identity = plan.identifiedAs;
  const identityNode = identity && library.node(identity.document);
  const locality = library.localityName(plan.locality);
  const inferredLocality = plan.localityInferred;

  const rows: MetadataRow[] = [
    {
      label: 'meta.number',
      parts: plan.number ? [{ text: plan.number }] : [],
      inference: identityNode
        ? { text: library.shortName(identityNode), href: identityNode.url, grounds: identity.grounds }
        : undefined,
    },
    { label: 'meta.type', parts: [{ text: plan.type }] },
    { label: 'meta.issuer', parts: [{ text: library.issuerName(library.node(id)!) ?? plan.issuer }] },
    {
      label: 'meta.issued',
      parts: plan.issued ? [{ text: formatPartialDate(plan.issued, t) }] : [],
      inference: plan.issuedAfter
        ? { text: `${t('meta.after')} ${formatPartialDate(plan.issuedAfter.date, t)}`, grounds: plan.issuedAfter.grounds }
        : undefined,
    },
    {
      label: 'meta.signer',
      parts: signer
        ? [{ text: [signer.name, signer.title, signer.capacity && `(${signer.capacity})`].filter(Boolean).join(', ').replace(', (', ' (') }]
        : [],
    },
    { label: 'meta.level', parts: [{ text: t(LEVEL_LABEL[plan.level]) }] },
    {
      label: 'meta.locality',
      parts: locality ? [{ text: locality }] : [],
      inference: inferredLocality
        ? { text: `${plan.level === 'district' ? `${t('meta.districtOf')} ` : ''}${library.localityName(inferredLocality.locality)}`, grounds: inferredLocality.grounds }
        : undefined,
    },
    {
      label: 'meta.implements',
      parts: library.parents(id).flatMap((link) => {
        const part: ValuePart = {
          text: `${library.shortName(link.node)}${link.node.issued ? ` ${t('meta.issuedOn')} ${formatPartialDate(link.node.issued, t)}` : ''}`,
          href: link.node.url,
          grounds: link.inferred ? (link.grounds ?? undefined) : undefined,
        };
        const held = library.heldPlanFor(link.node.id);
        const heldPart = held && { text: `${t('meta.heldAs')}: ${library.shortName(held.plan)}`, href: held.plan.url, grounds: held.grounds };
        return heldPart ? [part, heldPart] : [part];
      }),
    },
    {
      label: 'meta.cites',
      parts: plan.cites.flatMap((citedId) => {
        const node = library.node(citedId);
        return node ? [{ text: library.shortName(node), href: node.url }] : [];
      }),
    },
  ];
  return rows;
}
