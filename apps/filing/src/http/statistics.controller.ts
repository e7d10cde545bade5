import { Controller, Get, Query } from '@nestjs/common';
import { RateLimit } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FilingStatistics } from '@tuoyu/filing-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { RegionQuery } from './public-disclosure.query';
import { FilingFiguresDto } from './views/filing-figures.view-dto';

@ApiTags('statistics')
@RateLimit('expensive')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: FilingStatistics) {}

  @Get()
  @Roles('department', 'admin')
  @ApiOperation({
    summary: 'Institutions by status, places, inclusive share, overdue counts and places per 1,000 residents',
  })
  @ApiOkResponse({ type: FilingFiguresDto })
  get(@Query() query: RegionQuery, @CurrentPrincipal() principal: Principal) {
    return this.statistics.forRegion(query.region, principal);
  }
}
