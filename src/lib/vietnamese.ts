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
