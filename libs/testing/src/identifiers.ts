import { randomInt } from 'node:crypto';
import { residentIdCheckCharacter, usccCheckCharacter } from '@tuoyu/identity';

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh valid USCC: registering department and entity type as given (9/1 = 市场监管/企业). */
export function makeUscc(options: { department?: string; entityType?: string; region?: string } = {}): string {
  const { department = '9', entityType = '1', region = '512002' } = options;
  const org = Array.from({ length: 9 }, () => ORG_CHARS[randomInt(ORG_CHARS.length)]).join('');
  const first17 = `${department}${entityType}${region}${org}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

/** A valid resident ID for someone born on `birth` (YYYYMMDD, random 1970-1999 by default) in `region`. */
export function makeResidentId(options: { region?: string; birth?: string } = {}): string {
  // Random birth dates too: rosters refuse one person at two institutions, and test files share a database.
  const randomBirth = `${1970 + randomInt(30)}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;
  const { region = '512002', birth = randomBirth } = options;
  const first17 = `${region}${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}
