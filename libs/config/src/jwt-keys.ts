import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Bearer tokens are ES256 (ECDSA P-256): services hold only the public key, the issuer also the private one. */
export interface JwtKeys {
  publicKey: string;
  privateKey?: string;
}

/** Generated on first use on a developer machine; git-ignored; production refuses it (see productionProblems). */
export const DEV_KEY_FILE = resolve(process.cwd(), '.dev-keys/jwt-es256.json');

/** Environment variables hold PEM text; `\n` escapes let a one-line variable carry one. */
export function pemOf(value: string): string {
  return value.replace(/\\n/g, '\n').trim();
}

/** Why this PEM is not a P-256 key of the wanted kind, or undefined when it is one. */
export function keyProblem(pem: string, kind: 'public' | 'private'): string | undefined {
  try {
    const key = kind === 'public' ? createPublicKey(pemOf(pem)) : createPrivateKey(pemOf(pem));
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      return `must be an EC P-256 ${kind} key (ES256)`;
    }
    return undefined;
  } catch {
    return `must be a PEM ${kind} key (EC P-256)`;
  }
}

/** The public key in one canonical form, to compare keys written differently. */
export function publicKeyFingerprint(pem: string): string {
  return createPublicKey(pemOf(pem)).export({ type: 'spki', format: 'der' }).toString('base64');
}

export function generateJwtKeys(): Required<JwtKeys> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The development key pair, generated into DEV_KEY_FILE on first use. */
export function devJwtKeys(file = DEV_KEY_FILE): Required<JwtKeys> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Required<JwtKeys>;
  const keys = generateJwtKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' });
  return keys;
}

/** The development public key if this machine has one (never generates). */
export function existingDevPublicKey(file = DEV_KEY_FILE): string | undefined {
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as JwtKeys).publicKey;
}

export function keysMatch(publicPem: string, privatePem: string): boolean {
  const probe = Buffer.from('tuoyu key pair probe');
  const signature = sign('sha256', probe, createPrivateKey(pemOf(privatePem)));
  return verify('sha256', probe, createPublicKey(pemOf(publicPem)), signature);
}
