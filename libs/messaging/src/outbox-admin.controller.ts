import { MikroORM } from '@mikro-orm/core';
import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@tuoyu/clock';
import { Roles } from '@tuoyu/identity';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRepublisher } from './redis-loss/outbox-republisher';
import { MESSAGING_SERVICE } from './redis-loss/redis-loss-watch';
import { OutboxReplayResultDto } from './replay/outbox-replay-result.dto';
import { OutboxReplayDto } from './replay/outbox-replay.dto';
import { SetAsideOutboxRowDto } from './set-aside-outbox-row.view-dto';

const LIMIT = 200;

/** The outbox of this service for administrators: poison rows set aside, and replaying a window. */
@ApiTags('outbox')
@Roles('admin')
@Controller('outbox')
export class OutboxAdminController {
  constructor(
    private readonly orm: MikroORM,
    private readonly republisher: OutboxRepublisher,
    private readonly clock: Clock,
    @Inject(MESSAGING_SERVICE) private readonly service: string,
  ) {}

  @Get('set-aside')
  @ApiOperation({ summary: 'Outbox rows set aside after OUTBOX_MAX_ATTEMPTS failed publishes, newest first' })
  @ApiOkResponse({ type: [SetAsideOutboxRowDto] })
  async setAside() {
    const rows = await this.orm.em.fork().getRepository(OutboxMessage).listSetAside(LIMIT);
    return rows.map((row) => ({
      id: row.id,
      queue: row.queue,
      type: row.type,
      attempts: row.attempts,
      lastError: row.lastError ?? null,
      createdAt: row.createdAt.toISOString(),
      setAsideAt: row.setAsideAt?.toISOString() ?? null,
    }));
  }

  @Post('replay')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Publish again the outbox rows sent in [since, until) (after a Redis loss the services do this by themselves; this is for a window you choose)',
  })
  @ApiOkResponse({ type: OutboxReplayResultDto })
  async replay(@Body() body: OutboxReplayDto): Promise<OutboxReplayResultDto> {
    const since = new Date(body.since);
    const until = body.until === undefined ? this.clock.now() : new Date(body.until);
    if (until.getTime() <= since.getTime()) {
      throw new BadRequestException({
        message: 'until must be after since',
        errors: [{ field: 'until', code: 'order', message: 'until must be after since' }],
      });
    }
    const republished = await this.republisher.republishSentBetween(since, until, 'operator');
    return { service: this.service, since: since.toISOString(), until: until.toISOString(), republished };
  }
}
