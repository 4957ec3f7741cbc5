/**
 * What the page that saves sets for offline reading (scripts/offline-saves.ts) and the service
 * worker (service-worker/sw.ts) agree on: how a saved set's cache is named, what it records
 * about itself, and how fetches that must reach the network are told apart from a reader's.
 */
import type { OfflineSetKind } from '../model/routes.ts';

/** Every saved set lives in a cache of its own, named with this prefix, its kind and id. */
export const SAVED_CACHE_PREFIX = 'nq36-luu:';

/**
 * Sent with a fetch the worker must leave to the network: each file of a save (it goes to the
 * set's own cache, not the worker's), and the search page's check that the site answers.
 */
export const NETWORK_ONLY_HEADER = 'x-nq36-mang';

/** The precached page shown for a page neither read nor saved when there is no network (relative to the worker). */
export const OFFLINE_FALLBACK_PAGE = 'khong-co-mang/index.html';

/** The list the build writes for each set (integrations/offline.ts): what a save fetches. */
export interface SetList {
  kind: OfflineSetKind;
  id: string;
  title: string;
  home: string;
  /** Changes whenever any of the set's files changes: a saved copy with another is out of date. */
  version: string;
  /** The script of the search index that comes with the set, if any. */
  searchIndex: string | null;
  files: { url: string; bytes: number }[];
}

/** What a saved set's cache records about itself, under META_KEY. */
export interface SavedSet {
  kind: OfflineSetKind;
  id: string;
  title: string;
  home: string;
  /** The version of the set's list when it was saved. */
  version: string;
  bytes: number;
  files: number;
  searchIndex: string | null;
  /** ISO time of the save. */
  savedAt: string;
}

/** The key a saved set's record is kept under in its cache: an address no page has. */
export const META_KEY = '/__nq36-luu__.json';

export function savedCacheName(kind: OfflineSetKind, id: string): string {
  return `${SAVED_CACHE_PREFIX}${kind}:${id}`;
}

export function totalBytes(list: SetList): number {
  return list.files.reduce((sum, file) => sum + file.bytes, 0);
}

/** A size as a reader reads it, in Vietnamese notation: "850 KB", "2,3 MB", "5,1 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const [amount, unit] = bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
  return `${amount.toFixed(amount < 10 ? 1 : 0).replace('.', ',')} ${unit}`;
}
