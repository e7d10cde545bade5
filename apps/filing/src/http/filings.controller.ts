import { Controller, Get, Param, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FilingQueryService } from '@tuoyu/filing-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { ListFilingsQuery } from './list-filings.query';
import { FilingCaseDto } from './views/filing-case.view-dto';

@ApiTags('filings')
@Controller('filings')
export class FilingsController {
  constructor(private readonly filings: FilingQueryService) {}

  @Get()
  @Roles('department', 'institution', 'admin')
  @ApiOperation({ summary: 'Filing cases: a department sees its region, an institution its own USCC' })
  @ApiOkResponse({ type: [FilingCaseDto] })
  list(@Query() query: ListFilingsQuery, @CurrentPrincipal() principal: Principal) {
    return this.filings.list(query, principal);
  }

  @Get(':id')
  @Roles('department', 'institution', 'admin')
  @ApiOperation({ summary: 'One filing case with its due date and its explanation' })
  @ApiOkResponse({ type: FilingCaseDto })
  get(@Param('id', UuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.filings.get(id, principal);
  }
}
