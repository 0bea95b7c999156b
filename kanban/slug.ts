/**
 * Turns a title into an id fragment: lower-case ASCII letters, digits, dots and dashes, at most
 * 64 characters. Never empty, never `.`/`..`, never a path separator, so it is safe in file names.
 */
export function slugify(text: string, fallback = 'untitled'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64)
    .replace(/[-.]+$/g, '');
  return slug || fallback;
}
