import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';

/** What an emailed link lets its holder do: read one institution's one case, until it expires. */
export interface LinkScope {
  /** Random per link, so one link can be told from another (ledger, revocation). */
  linkId: string;
  caseId: string;
  uscc: string;
  issuedAt: Date;
  expiresAt: Date;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Opaque, case-scoped, read-only, expiring link capabilities for emails (never a bearer token in a URL).
 * Sealed with AES-256-GCM under a key derived (HKDF) from PII_HASH_KEY, which every service holds, so any service
 * can put a link in a notice without holding the token-signing key; only the portal opens them, and the portal keeps
 * the ledger (hashes only) that revokes them. Tampering fails authentication; the holder learns nothing from it.
 */
@Injectable()
export class LinkCapabilities {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.piiHashKey, 'tuoyu', 'link capability v1', 32));
  }

  issue(caseId: string, uscc: string, ttlSeconds: number): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const payload = JSON.stringify({
      l: randomBytes(9).toString('base64url'),
      c: caseId,
      u: uscc,
      i: iat,
      e: iat + ttlSeconds,
    });
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The scope, or undefined for anything forged, damaged or expired now. */
  open(capability: string): LinkScope | undefined {
    if (!/^[\w-]{40,600}$/.test(capability)) return undefined;
    const raw = Buffer.from(capability, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
      const claims = JSON.parse(plain.toString('utf8')) as { l: string; c: string; u: string; i: number; e: number };
      if (this.clock.now().getTime() >= claims.e * 1000) return undefined;
      return {
        linkId: claims.l,
        caseId: claims.c,
        uscc: claims.u,
        issuedAt: new Date(claims.i * 1000),
        expiresAt: new Date(claims.e * 1000),
      };
    } catch {
      return undefined;
    }
  }

  /** What the portal stores instead of the capability. */
  static hash(capability: string): string {
    return createHash('sha256').update(capability).digest('hex');
  }
}
