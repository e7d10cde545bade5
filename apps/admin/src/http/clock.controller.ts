import { BadRequestException, Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditTrail } from '@tuoyu/audit';
import { ClockControl, type ClockStatus } from '@tuoyu/clock';
import { Roles } from '@tuoyu/identity';
import { SetClockDto } from './set-clock.dto';
import { ClockStatusDto } from './views/clock-status.view-dto';
import { ApiErrors } from '@tuoyu/http';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/clock')
export class ClockController {
  constructor(
    private readonly control: ClockControl,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The effective time every service uses, and the offset from real time' })
  @ApiOkResponse({ type: ClockStatusDto })
  get(): ClockStatus {
    return this.control.status();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move every service clock (only with ALLOW_CLOCK_OVERRIDE=true, never in production)' })
  @ApiOkResponse({ type: ClockStatusDto })
  @ApiErrors({ 403: 'clock control is off (ALLOW_CLOCK_OVERRIDE) or in production', 503: 'Redis is unreachable' })
  async set(@Body() body: SetClockDto): Promise<ClockStatus> {
    if (body.now !== undefined && body.offsetMs !== undefined) {
      throw new BadRequestException({
        message: 'Give either now or offsetMs, not both',
        errors: [{ field: 'now', code: 'exclusive', message: 'now and offsetMs are mutually exclusive' }],
      });
    }
    const status =
      body.offsetMs !== undefined
        ? await this.control.setOffset(body.offsetMs)
        : await this.control.setNow(new Date(body.now as string));
    // The clock lives in Redis, not in this database: the entry follows the change instead of sharing its commit.
    await this.audit.recordNow('clock.set', 'clock:all-services', { ...body, offsetMs: status.offsetMs });
    return status;
  }
}
