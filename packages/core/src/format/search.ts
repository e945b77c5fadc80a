/** Text folding for search boxes: Vietnamese typed with or without diacritics finds the same thing. */

/**
 * Lower-cases, strips combining marks (NFD) and maps đ/Đ to d, and collapses white space:
 * `Quên mật khẩu` → `quen mat khau`. Đ has no decomposition, hence the explicit mapping.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether every word of `query` occurs in `haystack`, both folded, so word order does not matter
 * ("khau mat quen" finds "Quên mật khẩu"). An empty query matches everything.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = foldForSearch(haystack);
  return words.every((w) => text.includes(w));
}
