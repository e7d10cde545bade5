import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IncidentFollowUpService, IncidentQueryService, IncidentReportService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { IncidentConclusionDto, IncidentListQuery, IncidentRecordDto, IncidentReportDto } from './incident.dto';
import { InspectionDto } from './inspection.dto';
import { IncidentDto } from './views/incident.view-dto';
import { InspectionOutcomeDto } from './views/inspection-outcome.view-dto';

const ID = new UuidPipe();

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly reports: IncidentReportService,
    private readonly followUp: IncidentFollowUpService,
    private readonly queries: IncidentQueryService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('institution')
  @ApiOperation({
    summary:
      '安全事故/突发事件报告 by the institution, within its severity’s limit; a serious one reaches the department at once',
  })
  @ApiCreatedResponse({ type: IncidentDto })
  report(@Body() body: IncidentReportDto, @CurrentPrincipal() principal: Principal) {
    return this.reports.report(body, principal);
  }

  @Post('department-records')
  @HttpCode(201)
  @Roles('department')
  @ApiOperation({
    summary:
      'An incident the department learned of elsewhere; flagged if the institution has not reported it by the limit',
  })
  @ApiCreatedResponse({ type: IncidentDto })
  record(@Body() body: IncidentRecordDto, @CurrentPrincipal() principal: Principal) {
    return this.reports.record(body, principal);
  }

  @Get()
  @Roles('department', 'admin', 'institution')
  @ApiOkResponse({ type: [IncidentDto] })
  list(@Query() query: IncidentListQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.list(query, principal);
  }

  @Get(':id')
  @Roles('department', 'admin', 'institution')
  @ApiOkResponse({ type: IncidentDto })
  get(@Param('id', ID) id: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.get(id, principal);
  }

  @Post(':id/inspections')
  @HttpCode(201)
  @Roles('department')
  @ApiOperation({ summary: 'Inspect because of the incident; failed items order a rectification' })
  @ApiCreatedResponse({ type: InspectionOutcomeDto })
  inspect(@Param('id', ID) id: string, @Body() body: InspectionDto, @CurrentPrincipal() principal: Principal) {
    return this.followUp.inspect(id, body, principal);
  }

  @Post(':id/conclusion')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({ summary: 'Conclude the investigation (naming any bans recorded); meets the follow-up deadline' })
  @ApiOkResponse({ type: IncidentDto })
  conclude(@Param('id', ID) id: string, @Body() body: IncidentConclusionDto, @CurrentPrincipal() principal: Principal) {
    return this.followUp.conclude(id, body, principal);
  }
}
