import { InvalidInputError } from '@tuoyu/kernel';
import { complaintReference } from '@tuoyu/evaluation-domain';
import { ComplaintReferencePipe } from './complaint-reference.pipe';

describe('ComplaintReferencePipe', () => {
  const pipe = new ComplaintReferencePipe();

  it.each([
    ['TS20261012K7Q2M9XD', 'TS20261012K7Q2M9XD'],
    ['ts20261012k7q2m9xd', 'TS20261012K7Q2M9XD'],
    [' TS20261012K7Q2M9XD ', 'TS20261012K7Q2M9XD'],
  ])('accepts %p as %p', (input, expected) => {
    expect(pipe.transform(input)).toBe(expected);
  });

  it.each([['TS2026101'], ['TS20261012K7Q2M9X0'], ['XX20261012K7Q2M9XD'], ["TS20261012K7Q2M9X'"], ['']])(
    'refuses %p naming the reference',
    (input) => {
      expect(() => pipe.transform(input)).toThrow(InvalidInputError);
    },
  );

  it('accepts every reference the domain makes', () => {
    for (let i = 0; i < 200; i += 1) {
      const reference = complaintReference('2026-10-12');
      expect(pipe.transform(reference)).toBe(reference);
    }
  });
});
