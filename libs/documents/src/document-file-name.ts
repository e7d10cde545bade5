/** Control, format (e.g. right-to-left override), private-use, surrogate and unassigned code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu;
const MAX_LENGTH = 200;

/**
 * The name a document is shown under: the institution's own file name, made harmless. Only the last path segment
 * is kept (`../../etc/x.pdf` → `x.pdf`), invisible and control characters are dropped, whitespace is collapsed and
 * leading dots are removed; a name left empty is replaced by `fallback`. The name is never used as a storage key.
 */
export function documentFileName(raw: string | undefined, fallback: string): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim().replace(/^\.+/, '').trim();
  if (!cleaned) return fallback;
  if ([...cleaned].length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return [...cleaned].slice(0, MAX_LENGTH - extension.length).join('') + extension;
}
