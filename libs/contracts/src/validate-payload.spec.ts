import { Equals, IsString } from 'class-validator';
import { InvalidMessageError } from './invalid-message.error';
import { validatePayload } from './validate-payload';

class Ping {
  @Equals(1) v: 1;
  @IsString() note: string;
}

function reasonFor(data: unknown): string {
  try {
    validatePayload(Ping, data, 'Ping job-1');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidMessageError);
    return (error as Error).message;
  }
  throw new Error('expected the payload to be refused');
}

describe('validatePayload', () => {
  it('accepts a payload of the contract', () => {
    expect(validatePayload(Ping, { v: 1, note: 'hi' }, 'Ping job-1')).toEqual({ v: 1, note: 'hi' });
  });

  it.each<[string, unknown, RegExp]>([
    ['an array', [{ v: 1, note: 'hi' }], /payload must be a JSON object, got an array$/],
    ['null', null, /payload must be a JSON object, got null$/],
    ['a string', 'ping', /payload must be a JSON object, got string$/],
    ['an unknown field', { v: 1, note: 'hi', extra: true }, /extra: property extra should not exist/],
    [
      'a 5 MB extra field',
      { v: 1, note: 'hi', pad: 'x'.repeat(5_000_000) },
      /payload is 5000\d+ bytes, more than the 262144 allowed/,
    ],
    ['a wrong type', { v: 1, note: 7 }, /note: note must be a string/],
  ])('refuses %s with a readable reason', (_case, data, reason) => {
    expect(reasonFor(data)).toMatch(reason);
  });
});
