/** Vietnamese text helpers: alphabetical order and ASCII folding. */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Removes tone and vowel marks and turns đ into d: "Đảng ủy" → "Dang uy". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** An ASCII kebab-case slug: "Đến năm 2030" → "den-nam-2030". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The same word with its tone mark on the other vowel of a final "oa", "oe", "uy" ("hóa" ↔ "hoá",
 * "ủy" ↔ "uỷ"): both placements are correct Vietnamese, and texts and dictionaries each pick one.
 */
export function alternateTonePlacement(word: string): string | null {
  const nfd = word.normalize('NFD');
  // Only where the pair ends the syllable: "hoàn" has one placement.
  const match = /([oOuU])([\u0300\u0301\u0303\u0309\u0323]?)([aAeEyY])([\u0300\u0301\u0303\u0309\u0323]?)$/u.exec(nfd);
  if (!match || (!match[2] && !match[4]) || !/^[oO][aAeE]|^[uU][yY]/.test(match[1] + match[3])) return null;
  const [whole, first, toneOnFirst, second, toneOnSecond] = match;
  const tone = toneOnFirst || toneOnSecond;
  const moved = toneOnFirst ? `${first}${second}${tone}` : `${first}${tone}${second}`;
  const result = nfd.replace(whole, moved).normalize('NFC');
  return TONES.test(tone) && result !== word.normalize('NFC') ? result : null;
}
