import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a reference is read out on the phone. 8 random characters (≈ 2^39) make it unguessable,
// which matters because the public lookup needs nothing else.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 受理编号, e.g. TS20261012K7Q2M9XD: the receipt date and a random part. */
export function complaintReference(receivedOn: string): string {
  let random = '';
  for (let i = 0; i < 8; i += 1) random += ALPHABET[randomInt(ALPHABET.length)];
  return `TS${receivedOn.replaceAll('-', '')}${random}`;
}
