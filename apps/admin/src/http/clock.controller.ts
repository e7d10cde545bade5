import { BadRequestException, Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClockControl, type ClockStatus } from '@tuoyu/clock';
import { Roles } from '@tuoyu/identity';
import { SetClockDto } from './set-clock.dto';
import { ClockStatusDto } from './views/clock-status.view-dto';
import { ApiErrors } from '@tuoyu/http';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/clock')
export class ClockController {
  constructor(private readonly control: ClockControl) {}

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
  set(@Body() body: SetClockDto): Promise<ClockStatus> {
    if (body.now !== undefined && body.offsetMs !== undefined) {
      throw new BadRequestException({
        message: 'Give either now or offsetMs, not both',
        errors: [{ field: 'now', code: 'exclusive', message: 'now and offsetMs are mutually exclusive' }],
      });
    }
    return body.offsetMs !== undefined
      ? this.control.setOffset(body.offsetMs)
      : this.control.setNow(new Date(body.now as string));
  }
}
