import { registrationConsistencyProblems } from './registration-rules';

describe('registrationConsistencyProblems', () => {
  it.each([
    ['91512081MA62K0260E', 'forprofit', 'market_regulation'],
    ['92512002MA6AAAAAA1', 'forprofit', 'market_regulation'],
    ['52512002MJ0000000X', 'nonprofit', 'civil_affairs'],
    ['12512002MB0000000X', 'public_institution', 'establishment'],
    ['52512002MJ0000000X', 'nonprofit', 'approval_bureau'],
    ['91512002MA0000000X', 'forprofit', 'approval_bureau'],
  ] as const)('accepts %s as %s registered by %s', (uscc, nature, authorityKind) => {
    expect(registrationConsistencyProblems({ uscc, nature, authorityKind })).toEqual([]);
  });

  it.each([
    [
      '91512081MA62K0260E',
      'nonprofit',
      'market_regulation',
      ['nature:authority_mismatch', 'uscc:entity_type_mismatch'],
    ],
    ['91512081MA62K0260E', 'forprofit', 'civil_affairs', ['nature:authority_mismatch', 'uscc:department_mismatch']],
    ['52512002MJ0000000X', 'nonprofit', 'market_regulation', ['nature:authority_mismatch', 'uscc:department_mismatch']],
    [
      '12512002MB0000000X',
      'public_institution',
      'civil_affairs',
      ['nature:authority_mismatch', 'uscc:department_mismatch'],
    ],
    ['11512002MB0000000X', 'public_institution', 'establishment', ['uscc:entity_type_mismatch']],
    ['93512002MA0000000X', 'forprofit', 'market_regulation', []],
    ['94512002MA0000000X', 'forprofit', 'market_regulation', ['uscc:entity_type_mismatch']],
    [
      '12512002MB0000000X',
      'public_institution',
      'approval_bureau',
      ['nature:authority_mismatch', 'uscc:department_mismatch'],
    ],
  ] as const)('%s as %s by %s gives %p', (uscc, nature, authorityKind, expected) => {
    const problems = registrationConsistencyProblems({ uscc, nature, authorityKind });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(20);
  });
});
