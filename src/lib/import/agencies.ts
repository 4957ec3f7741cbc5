/**
 * The bodies a new plan names, matched against content/agencies. A body of the plan's own place
 * that the library does not have yet ("Ban Tuyên giáo Tỉnh ủy" in the first plan of a province)
 * is recognised by the generic names the library's bodies of other places teach ("Ban Tuyên giáo
 * Tỉnh ủy Lai Châu" teaches "Ban Tuyên giáo Tỉnh ủy"), and drafted for that place.
 */
import type { Entry } from '../model/library.ts';
import type { AgencyData } from '../../schemas/agency.ts';
import type { LocalityData } from '../../schemas/locality.ts';
import { agenciesNamed, genericAliasProblems, type NamedAgency } from '../model/annotation-checks.ts';
import { slugify } from '../model/vietnamese.ts';
import type { PlaceLevel, Places } from './places.ts';
import { GENERIC_BODIES } from './generic-bodies.ts';

export interface DraftAgency {
  id: string;
  data: AgencyData;
  /** The generic name the text used for it ("Ban Tuyên giáo Tỉnh ủy"). */
  asWritten: string;
}

/** A body every place of a level has, as plans write it without the place ("UBND tỉnh"). */
interface GenericBody {
  name: string;
  kind: string;
  level: PlaceLevel;
}

const TEMPLATE_PREFIX = 'generic:';
const LEVEL_WORD: Record<PlaceLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
const LEVELS: readonly PlaceLevel[] = ['province', 'district', 'commune'];

/** The level a generic name speaks of, from its words ("… Tỉnh ủy", "… huyện", "… xã"). */
function levelOfName(name: string): PlaceLevel | null {
  const lower = name.toLowerCase();
  // "UBND các huyện, thành phố" is the province's: all its districts at once.
  if (/(?<!\p{L})tỉnh(?!\p{L})|các huyện/u.test(lower)) return 'province';
  if (/(?<!\p{L})huyện(?!\p{L})/u.test(lower)) return 'district';
  if (/(?<!\p{L})(?:xã(?! hội)|phường|đảng ủy)(?!\p{L})/u.test(lower)) return 'commune';
  return null;
}

/** Generic names taught by the library's local bodies: their names without their place. */
function genericBodies(agencies: readonly { data: AgencyData }[], localities: readonly Entry<LocalityData>[]): GenericBody[] {
  const placeNames = new Map(localities.map((entry) => [entry.id, entry.data.name]));
  const bodies = new Map<string, GenericBody>();
  const taught = [
    ...agencies,
    ...GENERIC_BODIES.map((body) => ({ data: { name: body.name, aliases: [], localNames: [], kind: body.kind, level: body.level, locality: null } as AgencyData })),
  ];
  for (const { data } of taught) {
    if (data.level === 'central' || data.level === 'all') continue;
    const place = data.locality ? placeNames.get(data.locality) : null;
    for (const name of [data.name, ...data.aliases, ...data.localNames]) {
      let generic = name;
      if (place) generic = generic.replace(new RegExp(`\\s*${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u'), '');
      generic = generic.trim();
      const level = levelOfName(generic) ?? (data.level as PlaceLevel);
      // "các tổ chức chính trị - xã" (a slip in one plan) would match inside "… - xã hội" everywhere.
      if (generic.length < 4 || /-\s*xã$/u.test(generic)) continue;
      // A province and a district have the same bodies: "Ban Tuyên giáo Tỉnh ủy" teaches "… Huyện ủy".
      for (const [name, atLevel] of [[generic, level], ...levelVariants(generic, level)] as const) {
        if (!bodies.has(name.toLowerCase())) bodies.set(name.toLowerCase(), { name, kind: data.kind.replace(/Tỉnh ủy/u, 'Huyện ủy'), level: atLevel });
      }
    }
  }
  return [...bodies.values()];
}

function levelVariants(name: string, level: PlaceLevel): [string, PlaceLevel][] {
  const swap = (from: [RegExp, string][]) => from.reduce((result, [pattern, to]) => result.replace(pattern, to), name);
  if (level === 'province') {
    return [
      [swap([[/Tỉnh ủy/gu, 'Huyện ủy'], [/Tỉnh đoàn/gu, 'Huyện đoàn'], [/(?<!\p{L})tỉnh(?!\p{L})/gu, 'huyện']]), 'district'],
      [swap([[/Tỉnh ủy/gu, 'Đảng ủy'], [/(?<!\p{L})tỉnh(?!\p{L})/gu, 'xã']]), 'commune'],
    ];
  }
  if (level === 'district') return [[swap([[/Huyện ủy/gu, 'Tỉnh ủy'], [/Huyện đoàn/gu, 'Tỉnh đoàn'], [/(?<!\p{L})huyện(?!\p{L})/gu, 'tỉnh']]), 'province']];
  return [];
}

/** What the importer knows of the bodies a plan can name, and the drafts it made. */
export class AgencyMatcher {
  readonly drafts = new Map<string, DraftAgency>();
  private readonly named: NamedAgency[];
  private readonly names = new Map<string, string>();
  private readonly generic = new Map<string, GenericBody>();
  private readonly places: Places;
  private readonly planLevel: PlaceLevel;

  constructor(agencies: readonly Entry<AgencyData>[], localities: readonly Entry<LocalityData>[], places: Places, planLevel: PlaceLevel) {
    this.places = places;
    this.planLevel = planLevel;
    const chain = new Set([places.province?.id, places.district?.id, places.commune?.id].filter(Boolean));
    const own = places[planLevel]?.id ?? null;
    const inScope = agencies.filter(({ data }) => (data.locality === null ? data.level === 'central' : chain.has(data.locality)));
    this.named = inScope.map(({ id, data }) => ({ id, names: [data.name, ...data.aliases, ...(data.locality === own ? data.localNames : [])] }));
    for (const { id, data } of agencies) this.names.set(id, data.name);
    // The province's own newspaper is named after it ("Báo Lạng Sơn").
    const press = places.province ? [{ name: `Báo ${places.province.name}`, kind: 'Báo', level: 'province' as const }] : [];
    for (const body of [...genericBodies(agencies, localities), ...press]) {
      this.generic.set(`${TEMPLATE_PREFIX}${body.name.toLowerCase()}`, body);
      this.named.push({ id: `${TEMPLATE_PREFIX}${body.name.toLowerCase()}`, names: [body.name] });
    }
  }

  /** Every body the library or a draft has, for role reading: ids as they will stand. */
  namedAgencies(): NamedAgency[] {
    return this.named;
  }

  /** The agency id a matched name stands for, drafting a body of the plan's place when needed. */
  resolve(id: string): string {
    const body = this.generic.get(id);
    if (!body) return id;
    // A province's plan naming district bodies ("huyện ủy, thành ủy") names all of its own.
    const below = LEVELS.indexOf(body.level) > LEVELS.indexOf(this.planLevel);
    const place = this.places[body.level] ?? (below ? this.places[this.planLevel] : null);
    const placeLevel = this.places[body.level] || !below ? body.level : this.planLevel;
    const endsWithPlaceWord = new RegExp(`(?:${LEVEL_WORD[body.level]}|${LEVEL_WORD[body.level]} ủy|${LEVEL_WORD[body.level]} đoàn)$`, 'iu').test(body.name);
    // Ids as the library writes them: a commune's bodies carry "xa" ("ban-xay-dung-dang-xa-nhu-khe").
    const idName = body.level === 'commune' && !endsWithPlaceWord ? `${body.name} xã` : body.name;
    const placeSuffix = place ? (body.name.endsWith(place.name) ? '' : `-${place.id}`) : `-khong-ro-${slugify(LEVEL_WORD[body.level])}`;
    const draftId = `${slugify(idName)}${placeSuffix}`;
    if (!this.drafts.has(draftId)) {
      // With no place named, the name stays as the text writes it, and the draft says the place is unnamed.
      const name = !place
        ? capitalise(body.name)
        : body.name.endsWith(place.name) ? body.name : `${capitalise(body.name)} ${endsWithPlaceWord ? place.name : `${LEVEL_WORD[placeLevel]} ${place.name}`}`;
      const generic = genericAliasProblems('', [body.name]).length > 0;
      this.drafts.set(draftId, {
        id: draftId,
        asWritten: body.name,
        data: {
          name,
          aliases: generic || name === body.name ? [] : [body.name],
          localNames: generic ? [body.name] : [],
          kind: body.kind,
          level: body.level,
          locality: place?.id ?? null,
          ...(place ? {} : { localityUnnamed: body.level }),
        },
      });
    }
    return draftId;
  }

  /** A body's full name, for the review list, with its id ("Sở Y tế tỉnh Lạng Sơn (so-y-te-lang-son)"). */
  describe(id: string): string {
    const name = this.drafts.get(id)?.data.name ?? this.names.get(id);
    return name ? `${name} (${id}${this.drafts.has(id) ? ', mới' : ''})` : id;
  }

  /** The bodies `text` names, resolved, in order. */
  bodiesIn(text: string): { id: string; start: number; end: number }[] {
    return agenciesNamed(text, this.named).map((mention) => ({ ...mention, id: this.resolve(mention.id) }));
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
