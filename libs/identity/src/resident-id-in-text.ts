import { checkResidentId, maskResidentId } from './resident-id';

// 18 characters, alone or written 6-8-4 with spaces or hyphens, not part of a longer code or number.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{6})([ -]?)(\d{8})\2(\d{3}[\dXx])(?![0-9A-Za-z])/g;

/** Full GB 11643 numbers (birth date and check digit valid) found in a free text, masked. */
export function findResidentIds(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const id = `${match[1]}${match[3]}${match[4]}`;
    // The check digit keeps other 18-digit values (an all-digit USCC, a receipt number) from matching.
    if (checkResidentId(id) === undefined) found.push(maskResidentId(id));
  }
  return found;
}
