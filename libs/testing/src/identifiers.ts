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

/** A valid resident ID for someone born on `birth` (YYYYMMDD) in `region`. */
export function makeResidentId(options: { region?: string; birth?: string } = {}): string {
  const { region = '512002', birth = '19900101' } = options;
  const first17 = `${region}${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}
