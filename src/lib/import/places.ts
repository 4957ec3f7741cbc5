/**
 * The places a plan names: its province, district and commune, matched against the library's
 * localities and, for provinces, the official list; a place the library lacks becomes a draft
 * entry. Only names the text writes are used: a plan that never names its district gets none.
 */
import type { Entry } from '../model/library.ts';
import type { LocalityData } from '../../schemas/locality.ts';
import { foldVietnamese, slugify } from '../model/vietnamese.ts';
import { PROVINCE_NAMES } from './provinces.ts';

export type PlaceLevel = 'province' | 'district' | 'commune';

export interface Place {
  id: string;
  name: string;
  kind: LocalityData['kind'];
  /** The province's id for a district or commune. */
  parent: string | null;
  /** True when the library has no entry yet: the importer drafts one. */
  isNew: boolean;
  /** How the text writes it, where it does ("Tỉnh ủy Tuyền Quang"). */
  asWritten: string;
  /** How many times the text names it. */
  count: number;
}

export type Places = Record<PlaceLevel, Place | null>;

const KIND_OF_LEVEL: Record<PlaceLevel, LocalityData['kind']> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
const foldName = (name: string) => foldVietnamese(name).toLowerCase().replace(/\s+/g, ' ').trim();
/** A proper name: one to four capitalised syllables ("Bắc Giang", "Nhữ Khê"). */
const NAME = String.raw`((?:\p{Lu}\p{Ll}*)(?:\s\p{Lu}\p{Ll}*){0,3})`;
const PATTERNS: Record<PlaceLevel, RegExp> = {
  province: new RegExp(String.raw`(?<![\p{L}])(?:tỉnh|Tỉnh(?: ủy| đoàn)?|TỈNH ỦY)\s+${NAME}`, 'gu'),
  district: new RegExp(String.raw`(?<![\p{L}])(?:huyện|Huyện(?: ủy)?)\s+${NAME}`, 'gu'),
  commune: new RegExp(String.raw`(?<![\p{L}])(?:xã|Xã|phường|Phường)\s+${NAME}`, 'gu'),
};

/**
 * Places named in `text` (the whole plan, header first), one per level, the most often named
 * winning. `headPlace` is the place of the header's date line ("Lai Châu, ngày …"), a province
 * when it matches one.
 */
export function placesNamed(text: string, headPlace: string | null, localities: readonly Entry<LocalityData>[]): Places {
  const places: Places = { province: null, district: null, commune: null };
  const provinceCandidates = [...text.matchAll(PATTERNS.province)].map((match) => match[1]);
  if (headPlace) provinceCandidates.push(headPlace);
  // A name alone also counts once the province is known by a fuller mention ("đưa Lạng Sơn trở thành").
  places.province = bestProvince(provinceCandidates, text, localities);
  for (const level of ['district', 'commune'] as const) {
    const counts = new Map<string, { asWritten: string; count: number }>();
    for (const match of text.matchAll(PATTERNS[level])) {
      // "xã Nhữ Khê có hoạt động": the name is the run of capitalised syllables after the kind.
      const key = foldName(match[1]);
      const entry = counts.get(key) ?? { asWritten: match[0], count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0];
    if (!best) continue;
    const name = best[1].asWritten.replace(/^\S+\s+/, '');
    const known = localities.find((entry) => entry.data.kind === KIND_OF_LEVEL[level] && foldName(entry.data.name) === best[0]);
    places[level] = known
      ? { id: known.id, name: known.data.name, kind: known.data.kind, parent: known.data.parent, isNew: false, asWritten: best[1].asWritten, count: best[1].count }
      : { id: slugify(name), name, kind: KIND_OF_LEVEL[level], parent: places.province?.id ?? null, isNew: true, asWritten: best[1].asWritten, count: best[1].count };
  }
  return places;
}

function bestProvince(candidates: readonly string[], text: string, localities: readonly Entry<LocalityData>[]): Place | null {
  const known = [
    ...localities.filter((entry) => entry.data.kind === 'tỉnh').map((entry) => ({ id: entry.id, name: entry.data.name, isNew: false })),
    ...PROVINCE_NAMES.map((name) => ({ id: slugify(name), name, isNew: true })),
  ];
  const counts = new Map<string, { province: (typeof known)[number]; asWritten: string; count: number }>();
  for (const candidate of candidates) {
    // The name may run on into the next words ("Lạng Sơn Trở"): take the longest province it starts with.
    const folded = foldName(candidate);
    const province = known
      .filter((entry) => folded === foldName(entry.name) || folded.startsWith(`${foldName(entry.name)} `))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (!province) continue;
    const entry = counts.get(province.id) ?? { province, asWritten: candidate.split(/\s+/).slice(0, province.name.split(/\s+/).length).join(' '), count: 0 };
    entry.count++;
    counts.set(province.id, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return null;
  const bare = [...foldVietnamese(text).matchAll(new RegExp(`(?<![A-Za-z])${foldVietnamese(best.province.name)}(?![A-Za-z])`, 'g'))].length;
  return { ...best.province, kind: 'tỉnh', parent: null, asWritten: best.asWritten, count: Math.max(best.count, bare) };
}
