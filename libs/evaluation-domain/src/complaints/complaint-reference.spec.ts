import { complaintReference } from './complaint-reference';

describe('complaintReference', () => {
  it.each([
    ['2026-10-12', 'TS20261012'],
    ['2027-01-04', 'TS20270104'],
  ])('received on %s starts with %s and has 8 random characters that cannot be misread', (receivedOn, prefix) => {
    const reference = complaintReference(receivedOn);
    expect(reference.startsWith(prefix)).toBe(true);
    expect(reference).toMatch(/^TS\d{8}[2-9A-HJKMNP-Z]{8}$/);
    expect(reference.slice(10)).not.toMatch(/[01ILO]/);
  });

  it('does not repeat across many draws (the public lookup relies on it being unguessable)', () => {
    const drawn = new Set(Array.from({ length: 2000 }, () => complaintReference('2026-10-12')));
    expect(drawn.size).toBe(2000);
  });
});
