import { Controller, Get, Query } from '@nestjs/common';
import { RateLimit } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadlineService } from '@tuoyu/deadlines';
import { Public } from '@tuoyu/identity';
import { ComputeDeadlineQuery } from './compute-deadline.query';
import { ComputedDeadlineDto } from './views/computed-deadline.view-dto';

@ApiTags('deadlines')
@RateLimit('public')
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlineService) {}

  @Get('compute')
  @Public()
  @ApiOperation({ summary: 'The calculus every product deadline uses: a period from a start date, explained' })
  @ApiOkResponse({ type: ComputedDeadlineDto })
  compute(@Query() query: ComputeDeadlineQuery) {
    const { dueOn, dueAt, extended, explanation, provisional, rawLastDay, movedOver, calendars } =
      this.deadlines.compute({
        start: query.start,
        amount: query.days,
        unit: query.unit,
      });
    return { dueOn, dueAt, extended, explanation, provisional, rawLastDay, movedOver, calendars };
  }
}
