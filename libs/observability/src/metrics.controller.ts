import { timingSafeEqual } from 'node:crypto';
import { Controller, ForbiddenException, Get, Header, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@tuoyu/config';
import { Public } from '@tuoyu/identity';
import type { Request } from 'express';
import { Registry } from 'prom-client';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus metrics: only to a loopback client, or to a scraper sending `Authorization: Bearer <METRICS_TOKEN>`. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: Registry,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(@Req() request: Request): Promise<string> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const token = this.config.metricsToken;
    const allowed = token && bearer ? sameSecret(bearer, token) : LOOPBACK.test(request.socket.remoteAddress ?? '');
    if (!allowed) throw new ForbiddenException('/metrics answers loopback, or a scraper with the METRICS_TOKEN');
    return this.registry.metrics();
  }
}
