import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { IntervalLoop } from '@tuoyu/kernel';
import { DepartmentDigestService } from './department-digest.service';

/** Looks for due digests at the sweep interval; the digest claim makes it safe on every replica. */
@Injectable()
export class DigestLoop extends IntervalLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestLoop.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly digests: DepartmentDigestService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.startLoop();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stopLoop();
  }

  protected async tick(): Promise<void> {
    await (this.orm.em.fork() as EntityManager).transactional((em) => this.digests.sendDue(em));
  }

  protected intervalMs(): number {
    return this.config.deadlineSweepIntervalMs;
  }

  protected tickFailed(error: Error): void {
    this.logger.warn(`digest check failed, will retry: ${error.message}`);
  }
}
