import { MikroORM } from '@mikro-orm/core';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tuoyu/identity';
import { OutboxMessage } from './outbox-message.entity';
import { SetAsideOutboxRowDto } from './set-aside-outbox-row.view-dto';

const LIMIT = 200;

/** Poison outbox rows of this service, for administrators (the rest of the outbox flows past them). */
@ApiTags('outbox')
@Roles('admin')
@Controller('outbox')
export class OutboxAdminController {
  constructor(private readonly orm: MikroORM) {}

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
}
