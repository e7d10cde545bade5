import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, MikroOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@tuoyu/identity';
import { RedisHealthIndicator } from './redis.health';

export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');
export interface HealthOptions {
  database: boolean;
}

/** 200 when Redis (and the service's database) answer, 503 otherwise, naming each dependency (api.md). */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly redis: RedisHealthIndicator,
    private readonly db: MikroOrmHealthIndicator,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    const checks = [() => this.redis.ping('redis')];
    if (this.options.database) checks.push(() => this.db.pingCheck('database', { timeout: 2000 }));
    return this.health.check(checks);
  }
}
