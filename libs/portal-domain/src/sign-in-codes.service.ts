import { createHmac, hkdfSync, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { localDateAt } from '@tuoyu/deadlines';
import { ConflictError, InvalidInputError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { CODE_MAX_ATTEMPTS, CODE_VALID_MINUTES, CODES_PER_ADDRESS_WINDOW, PortalIdentity } from './portal-identity';
import { SignInCode } from './sign-in-code.entity';
import { PortalRepository } from './portal.repository';

export class TooManyCodesError extends ConflictError {}

/** `o***@example.cn`: enough for a person to recognise their own address. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

// The code says why (the portal words it for the person); the message says it for a caller reading the API.
const refused = (code: 'expired' | 'exhausted' | 'wrong', message: string) =>
  new InvalidInputError(message, [{ field: 'code', code, message }]);

/**
 * One-time sign-in codes: six digits sent through the notification queue (keyed by the code's id) to the address
 * on record; stored as a keyed hash; valid 10 minutes, one use, five tries.
 */
@Injectable()
export class SignInCodes {
  private readonly key: Buffer;

  constructor(
    private readonly store: PortalRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.piiHashKey, 'tuoyu', 'sign-in code v1', 32));
  }

  send(
    identity: PortalIdentity,
    email: string,
  ): Promise<{ challengeId: string; sentTo: string; validMinutes: number }> {
    const now = this.clock.now();
    return this.store.transactional(async (em) => {
      const since = new Date(now.getTime() - CODES_PER_ADDRESS_WINDOW.minutes * 60_000);
      if ((await this.store.codesSentSince(em, email, since)) >= CODES_PER_ADDRESS_WINDOW.count) {
        throw new TooManyCodesError(
          `Too many codes asked for this address; try again in ${CODES_PER_ADDRESS_WINDOW.minutes} minutes`,
        );
      }
      const id = randomUUID();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      em.create(SignInCode, {
        id,
        ...identity,
        email,
        codeHash: this.hash(id, code),
        attempts: 0,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_VALID_MINUTES * 60_000),
      });
      this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
        v: 1,
        idempotencyKey: `sign-in-code:${id}`,
        template: NoticeTemplate.SignInCode,
        locale: 'zh-CN',
        to: [email],
        props: { subjectName: identity.name, date: localDateAt(now), code, validMinutes: CODE_VALID_MINUTES },
      });
      return { challengeId: id, sentTo: maskEmail(email), validMinutes: CODE_VALID_MINUTES };
    });
  }

  /** The identity the code was sent for; refuses a wrong, used, expired or over-tried code (counting the try). */
  async redeem(challengeId: string, code: string): Promise<PortalIdentity> {
    const outcome = await this.store.transactional(async (em) => {
      const row = await this.store.code(em, challengeId);
      const now = this.clock.now();
      if (!row || row.usedAt || row.expiresAt <= now) return 'expired' as const;
      if (row.attempts >= CODE_MAX_ATTEMPTS) return 'exhausted' as const;
      row.attempts += 1;
      const given = Buffer.from(this.hash(row.id, code));
      if (!/^\d{6}$/.test(code) || !timingSafeEqual(given, Buffer.from(row.codeHash))) return 'wrong' as const;
      row.usedAt = now;
      const identity: PortalIdentity = { role: row.role, region: row.region, uscc: row.uscc, name: row.name };
      return identity;
    });
    if (outcome === 'expired') throw refused('expired', 'The code has expired or was already used: ask for a new one');
    if (outcome === 'exhausted') throw refused('exhausted', 'Too many wrong tries: ask for a new code');
    if (outcome === 'wrong') throw refused('wrong', 'The code is not right');
    return outcome;
  }

  private hash(id: string, code: string): string {
    return createHmac('sha256', this.key).update(`${id}:${code}`).digest('hex');
  }
}
