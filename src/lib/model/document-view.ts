/** What a cited document's page states about it; null values render as "không ghi trong văn bản". */
import type { MessageKey, Translate } from '../../i18n/t.ts';
import { formatPartialDate } from './dates.ts';
import type { Library } from './library.ts';
import { LEVEL_LABEL } from './plan-view.ts';

export interface Fact {
  label: MessageKey;
  value: string | null;
}

export function documentFacts(library: Library, id: string, t: Translate): Fact[] {
  const node = library.node(id);
  if (!node) throw new Error(`unknown document "${id}"`);
  return [
    { label: 'meta.number', value: node.number },
    { label: 'meta.type', value: node.type },
    { label: 'meta.issuer', value: library.agencyName(node.issuer) ?? node.issuerAsWritten },
    { label: 'meta.issued', value: node.issued ? formatPartialDate(node.issued, t) : null },
    { label: 'meta.level', value: t(LEVEL_LABEL[node.level]) },
    { label: 'meta.locality', value: library.localityName(node.locality) },
  ];
}
