/** What a cited document's page states about it; null values render as "không ghi trong văn bản". */
import type { MessageKey, Translate } from '../../i18n/t.ts';
import { formatPartialDate, issuedText } from './dates.ts';
import type { Library, LibraryNode } from './library.ts';
import { LEVEL_LABEL } from './plan-view.ts';
import { provinceOf } from './provinces.ts';

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

/**
 * A plan's or document's place and date in a row of a cited document's lists ("xã Hòa Thịnh, tỉnh
 * Lai Châu · 05/05/2023"): the place with its province (commune names repeat across the country),
 * or "Trung ương" for a central one that names none; the date as written, or the earliest its text
 * allows ("sau ngày …"); what the text does not say is said so.
 */
export function placeAndDate(library: Library, node: LibraryNode, t: Translate): string {
  const province = provinceOf(library, node.locality);
  const inProvince = province && province !== node.locality ? `, ${library.localityName(province)}` : '';
  const locality = library.localityName(node.locality);
  const place = locality ? `${locality}${inProvince}` : node.level === 'central' ? t(LEVEL_LABEL.central) : t('meta.unknownLocality');
  const date = issuedText(node.issued, library.plan(node.id)?.data.issuedAfter?.date, t) ?? t('meta.unknownDate');
  return `${place} · ${date}`;
}
