import { MikroORM } from '@mikro-orm/core';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@tuoyu/clock';
import { Roles } from '@tuoyu/identity';
import { Deadline } from './deadline.entity';
import { DeadlineOverviewDto } from './deadline-overview.dto';

const SOON_MS = 7 * 86_400_000;

/** Every service that owns deadlines answers for them: the administrator's overview adds the services up. */
@ApiTags('deadlines')
@Roles('admin')
@Controller('deadlines')
export class DeadlineOverviewController {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  @Get('overview')
  @ApiOperation({ summary: 'Open deadlines by kind and region: open, due within 7 days, breached (admin)' })
  @ApiOkResponse({ type: DeadlineOverviewDto })
  async overview(): Promise<DeadlineOverviewDto> {
    const now = this.clock.now();
    const rows = await this.orm.em
      .fork()
      .getRepository(Deadline)
      .overview(now, new Date(now.getTime() + SOON_MS));
    return { now: now.toISOString(), rows };
  }
}
