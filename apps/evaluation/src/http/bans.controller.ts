import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BanService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { BanDto } from './ban.dto';
import { EvaluationListQuery } from './evaluation-list.query';
import { BanDtoView } from './views/ban.view-dto';

@ApiTags('bans')
@Controller('bans')
export class BansController {
  constructor(private readonly bans: BanService) {}

  @Post()
  @HttpCode(201)
  @Roles('department')
  @ApiOperation({
    summary:
      'Record a lifetime ban of a person (终身禁入, by resident ID: only its keyed hash and masked form are kept) or a credit sanction of an institution (失信); filing is told',
  })
  @ApiCreatedResponse({ type: BanDtoView })
  record(@Body() body: BanDto, @CurrentPrincipal() principal: Principal) {
    return this.bans.record(body, principal);
  }

  @Get()
  @Roles('department', 'admin')
  @ApiOperation({ summary: 'Bans recorded in your region (masked ID numbers only)' })
  @ApiOkResponse({ type: [BanDtoView] })
  list(@Query() query: EvaluationListQuery, @CurrentPrincipal() principal: Principal) {
    return this.bans.list(principal, query.limit ?? 100);
  }
}
