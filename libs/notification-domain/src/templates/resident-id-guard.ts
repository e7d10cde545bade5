import { findResidentIds } from '@tuoyu/identity';
import { UnmaskedResidentIdError } from './unmasked-resident-id.error';

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
