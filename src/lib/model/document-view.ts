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
    { label: 'meta.issuer', value: library.issuerName(node) },
    { label: 'meta.issued', value: node.issued ? formatPartialDate(node.issued, t) : null },
    { label: 'meta.level', value: t(LEVEL_LABEL[node.level]) },
    // A central document names no place because it has none below the centre, not because the text leaves it out.
    { label: 'meta.locality', value: library.localityName(node.locality) ?? (node.level === 'central' ? t(LEVEL_LABEL.central) : null) },
  ];
}

/**
 * Where a plan or document stands, as a card or a row shows it: the place with its province (commune
 * names repeat across the country), or "Trung ương" for a central one that names none, or that the
 * text does not say ("Địa bàn không ghi trong văn bản").
 */
export function placeText(library: Library, node: LibraryNode, t: Translate): string {
  const locality = library.localityName(node.locality);
  if (!locality) return node.level === 'central' ? t(LEVEL_LABEL.central) : t('meta.unknownLocality');
  const province = provinceOf(library, node.locality);
  return province && province !== node.locality ? `${locality}, ${library.localityName(province)}` : locality;
}

/**
 * A plan's or document's place and date in a row of a cited document's lists ("xã Hòa Thịnh, tỉnh
 * Lai Châu · 05/05/2023"); the date as written, or the earliest its text allows ("sau ngày …");
 * what the text does not say is said so.
 */
export function placeAndDate(library: Library, node: LibraryNode, t: Translate): string {
  const date = issuedText(node.issued, library.plan(node.id)?.data.issuedAfter?.date, t) ?? t('meta.unknownDate');
  return `${placeText(library, node, t)} · ${date}`;
}

/** "Kế hoạch 114-KH/TU ngày 05/01/2024": a document's name, with its date when its text gives one. */
export function nameAndDate(library: Library, node: LibraryNode, t: Translate): string {
  return `${library.shortName(node)}${node.issued ? ` ${t('meta.issuedOn')} ${formatPartialDate(node.issued, t)}` : ''}`;
}

/**
 * A row's line under its name: the number when the name cannot give it (a plan without one is named
 * by its issuer, so the unknown number is said), then the place and date.
 */
export function rowDetail(library: Library, node: LibraryNode, t: Translate): string {
  return `${node.number ? '' : `${t('meta.unknownNumber')} · `}${placeAndDate(library, node, t)}`;
}
