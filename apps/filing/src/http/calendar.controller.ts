import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { IntParamPipe, RateLimit } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@tuoyu/clock';
import { HolidayCalendarService, localDateAt } from '@tuoyu/deadlines';
import { Public, Roles } from '@tuoyu/identity';
import { HolidayNoticeDto } from './holiday-notice.dto';
import { CalendarSourceDto } from './views/calendar-source.view-dto';
import { NoticeLoadDto } from './views/notice-load.view-dto';

@ApiTags('deadlines')
@Controller('deadlines/calendar')
export class CalendarController {
  constructor(
    private readonly calendar: HolidayCalendarService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @RateLimit('public')
  @ApiOperation({ summary: 'Which years have a holiday notice (bundled or loaded) and which are provisional' })
  @ApiOkResponse({ type: [CalendarSourceDto] })
  list() {
    return this.calendar.sources(Number(localDateAt(this.clock.now()).slice(0, 4)) + 2);
  }

  @Put(':year')
  @Roles('admin')
  @ApiOperation({
    summary:
      "Load a year's State Council holiday notice; open deadlines are recomputed and those whose date moved are told",
  })
  @ApiOkResponse({ type: NoticeLoadDto })
  load(@Param('year', IntParamPipe) year: number, @Body() body: HolidayNoticeDto) {
    return this.calendar.load({ year, ...body });
  }
}
