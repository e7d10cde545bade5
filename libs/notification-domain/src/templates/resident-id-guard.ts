import { checkResidentId, maskResidentId } from '@tuoyu/identity';
import { UnmaskedResidentIdError } from './unmasked-resident-id.error';

// 18 characters, alone or written 6-8-4 with spaces or hyphens, not part of a longer code or number.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{6})([ -]?)(\d{8})\2(\d{3}[\dXx])(?![0-9A-Za-z])/g;

/** Full GB 11643 numbers (birth date and check digit valid) found in a text, masked. */
export function findResidentIds(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const id = `${match[1]}${match[3]}${match[4]}`;
    // The check digit keeps other 18-digit values (an all-digit USCC, a receipt number) from tripping the guard.
    if (checkResidentId(id) === undefined) found.push(maskResidentId(id));
  }
  return found;
}

/** Refuses a rendered notice that shows a full resident ID number anywhere: subject, text or HTML. */
export function assertNoResidentId(template: string, parts: Record<string, string>): void {
  const where: string[] = [];
  const masked = new Set<string>();
  for (const [part, content] of Object.entries(parts)) {
    const found = findResidentIds(content);
    if (found.length === 0) continue;
    where.push(part);
    for (const id of found) masked.add(id);
  }
  if (where.length > 0) throw new UnmaskedResidentIdError(template, where, [...masked]);
}
