import { createHmac, generateKeyPairSync } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { FixedClock } from '@tuoyu/clock';
import { AppConfig, generateJwtKeys } from '@tuoyu/config';
import { TokenService } from './token.service';

const KEYS = generateJwtKeys();
const FOREIGN = generateJwtKeys();
const NOW = new Date('2026-10-09T01:00:00Z');
const clock = new FixedClock(NOW);
const config = (keys: { publicKey: string; privateKey?: string }) =>
  AppConfig.fromEnv({ JWT_PUBLIC_KEY: keys.publicKey, JWT_PRIVATE_KEY: keys.privateKey });

const issuer = new TokenService(new JwtService({}), config(KEYS), clock);
const filing = new TokenService(new JwtService({}), config({ publicKey: KEYS.publicKey }), clock, 'filing');
const admin = { role: 'admin' as const, subject: 'ops' };

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = {
  role: 'admin',
  iat: NOW.getTime() / 1000,
  exp: NOW.getTime() / 1000 + 60,
  aud: ['filing'],
  iss: 'tuoyu',
};

describe('TokenService (ES256, audiences)', () => {
  it('verifies its own token at a service named in the audience', () => {
    expect(filing.verify(issuer.sign(admin, 60))).toEqual({ ...admin, region: undefined, uscc: undefined });
    expect(filing.verify(issuer.sign(admin, 60, ['filing']))).toBeDefined();
  });

  it('signs ES256 only', () => {
    const header = JSON.parse(Buffer.from(issuer.sign(admin, 60).split('.')[0], 'base64url').toString()) as object;
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT' });
  });

  it('cannot sign without the private key', () => {
    expect(filing.canSign).toBe(false);
    expect(() => filing.sign(admin, 60)).toThrow(/JWT_PRIVATE_KEY/);
  });

  it.each<[string, () => string]>([
    ['meant for another service', () => issuer.sign(admin, 60, ['evaluation'])],
    ['expired', () => new TokenService(new JwtService({}), config(KEYS), new FixedClock(new Date(0))).sign(admin, 60)],
    ['signed by a foreign key', () => new TokenService(new JwtService({}), config(FOREIGN), clock).sign(admin, 60)],
    ['alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    [
      'HS256 with the public key as secret',
      () => {
        const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
        return `${body}.${createHmac('sha256', KEYS.publicKey).update(body).digest('base64url')}`;
      },
    ],
    [
      'ES256 by a key of another curve',
      () => {
        const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
        return new JwtService({}).sign(claims, { privateKey, algorithm: 'ES384' });
      },
    ],
    ['garbage', () => 'not.a.token'],
  ])('refuses a token %s', (_case, make) => {
    expect(filing.verify(make())).toBeUndefined();
  });
});
