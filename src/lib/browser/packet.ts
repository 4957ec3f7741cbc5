/**
 * The study packet: the sections a reader has picked across plans, in the order they chose,
 * kept in the browser (localStorage). Pure list operations, so they are unit-tested.
 */

export interface PacketItem {
  plan: string;
  section: string;
  /** Short name of the plan ("Kế hoạch 114-KH/TU"). */
  planName: string;
  /** The section's heading as written. */
  title: string;
}

export const PACKET_KEY = 'nq36:tap-tai-lieu';

const same = (a: PacketItem, b: Pick<PacketItem, 'plan' | 'section'>) => a.plan === b.plan && a.section === b.section;

export function hasItem(items: readonly PacketItem[], item: Pick<PacketItem, 'plan' | 'section'>): boolean {
  return items.some((existing) => same(existing, item));
}

/** Adds the item at the end, or takes it out when it is already there. */
export function toggleItem(items: readonly PacketItem[], item: PacketItem): PacketItem[] {
  return hasItem(items, item) ? items.filter((existing) => !same(existing, item)) : [...items, item];
}

/** Moves the item at `index` by `step` places (−1 up, +1 down), staying within the list. */
export function moveItem(items: readonly PacketItem[], index: number, step: -1 | 1): PacketItem[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Reads a stored packet, dropping anything malformed (an old or edited value must not break the page). */
export function parsePacket(stored: string | null): PacketItem[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is PacketItem =>
        typeof item === 'object' && item !== null && ['plan', 'section', 'planName', 'title'].every((key) => typeof (item as Record<string, unknown>)[key] === 'string'),
    );
  } catch {
    return [];
  }
}

/** Where the packet's title, printed on its cover, is kept beside its sections. */
export const PACKET_TITLE_KEY = 'nq36:tap-tai-lieu:ten';

/** The longest title kept: two lines on the cover. */
export const PACKET_TITLE_MAX_LENGTH = 160;

/** A typed or stored title as the cover prints it: one line, spaces collapsed, cut at the maximum; "" for none. */
export function packetTitle(typed: string | null): string {
  return (typed ?? '').replace(/\s+/g, ' ').trim().slice(0, PACKET_TITLE_MAX_LENGTH).trim();
}
