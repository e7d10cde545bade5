import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { shanghaiIso } from '@tuoyu/deadlines';
import { postSignedWebhook } from '@tuoyu/http';
import { Outbox, OutboxOptions } from '@tuoyu/messaging';
import type { Registration } from '../registration.entity';
import { ProvincialPlatform, parseProvincialPlatforms } from './provincial-platforms';
import { ProvincialEvent, ProvincialPush } from './provincial-push.entity';

/**
 * Pushes registration events to the province's data-sharing platform when one is configured
 * (PROVINCIAL_PLATFORMS_FILE), signed like every webhook of the product. Queue retries with backoff; the last
 * failure marks the push dead (visible on GET /registrations/:id).
 */
@Injectable()
export class ProvincialPushService {
  private readonly logger = new Logger(ProvincialPushService.name);
  private readonly platforms: Map<string, ProvincialPlatform>;

  constructor(
    config: AppConfig,
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {
    const file = config.provincialPlatformsFile;
    this.platforms = file
      ? parseProvincialPlatforms(JSON.parse(readFileSync(file, 'utf8')), `PROVINCIAL_PLATFORMS_FILE ${file}`)
      : new Map<string, ProvincialPlatform>();
  }

  /**
   * In the caller's transaction, so the push exists if and only if the event was committed. An import's pushes are
   * `bulk` (after every live message), like the rest of an import's messages.
   */
  schedule(
    em: EntityManager,
    registration: Registration,
    event: ProvincialEvent,
    extra: object = {},
    options: Pick<OutboxOptions, 'bulk'> = {},
  ): void {
    if (!this.platforms.has(registration.regionCode.slice(0, 2))) return;
    const push = em.create(ProvincialPush, {
      id: randomUUID(),
      registrationId: registration.id,
      event,
      data: {
        registrationId: registration.id,
        uscc: registration.uscc,
        name: registration.name,
        nature: registration.nature,
        authorityKind: registration.authorityKind,
        regionCode: registration.regionCode,
        address: registration.address,
        legalRepresentative: {
          name: registration.legalRepresentativeName,
          idNumber: registration.legalRepresentativeIdMasked,
        },
        serviceTypes: registration.serviceTypes,
        capacity: registration.capacity,
        inclusive: registration.inclusive,
        approvedOn: registration.approvedOn,
        status: registration.status,
        ...extra,
      },
      status: 'pending',
      attempts: 0,
      createdAt: this.clock.now(),
    });
    this.outbox.add(em, QueueName.Registration, MessageType.ProvincialPushDue, { v: 1, pushId: push.id }, options);
  }

  async deliver(pushId: string, attempt: { number: number; final: boolean }): Promise<'delivered' | 'skipped'> {
    const em = this.orm.em.fork() as EntityManager;
    const push = await em.findOne(ProvincialPush, pushId);
    if (!push || push.status === 'delivered') return 'skipped';
    const platform = this.platforms.get(String(push.data.regionCode).slice(0, 2));
    if (!platform) {
      push.status = 'dead';
      push.lastError = 'no platform configured for the province any more';
      await em.flush();
      return 'skipped';
    }
    const now = this.clock.now();
    const body = JSON.stringify({ type: push.event, timestamp: shanghaiIso(push.createdAt), data: push.data });
    push.attempts += 1;
    const failure = await postSignedWebhook(
      platform.url,
      platform.secret,
      { id: `registration_${push.id}`, body },
      now,
      // The operator's own configuration, not a user's input: a provincial platform may sit on a government network.
      false,
    );
    if (!failure) {
      push.status = 'delivered';
      push.deliveredAt = now;
      push.lastError = undefined;
      await em.flush();
      return 'delivered';
    }
    push.lastError = failure.slice(0, 500);
    if (attempt.final) push.status = 'dead';
    await em.flush();
    this.logger.warn(`provincial push ${push.id} (${push.event}) failed, attempt ${attempt.number}: ${failure}`);
    throw new Error(`provincial platform ${platform.url} failed: ${failure}`);
  }

  async pushesOf(registrationId: string): Promise<ProvincialPush[]> {
    return (this.orm.em.fork() as EntityManager).find(
      ProvincialPush,
      { registrationId },
      { orderBy: { createdAt: 'asc' } },
    );
  }
}
