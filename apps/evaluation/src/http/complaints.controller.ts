import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplaintHandlingService, ComplaintIntakeService, ComplaintQueryService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import type { Response } from 'express';
import {
  ComplaintAssignmentDto,
  ComplaintFindingsDto,
  ComplaintListQuery,
  ComplaintReplyDto,
  ComplaintStatisticsQuery,
  HotlineTransferDto,
} from './complaint.dto';
import { InspectionDto } from './inspection.dto';
import { ComplaintDtoView } from './views/complaint.view-dto';
import { ComplaintReceiptDto } from './views/complaint-receipt.view-dto';
import { ComplaintStatisticsRowDto } from './views/complaint-statistics-row.view-dto';
import { InspectionOutcomeDto } from './views/inspection-outcome.view-dto';

const ID = new UuidPipe();

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly handling: ComplaintHandlingService,
    private readonly queries: ComplaintQueryService,
  ) {}

  @Post('hotline-transfers')
  @HttpCode(201)
  @Roles('hotline', 'admin')
  @ApiOperation({
    summary:
      '12345 hotline transfer (转办), keeping the hotline case number; the same case number again returns 200 and duplicate=true',
  })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiOkResponse({ type: ComplaintReceiptDto, description: 'a repeat of a case already transferred' })
  async transfer(@Body() body: HotlineTransferDto, @Res({ passthrough: true }) response: Response) {
    const receipt = await this.intake.transfer(body);
    if (receipt.duplicate) response.status(200);
    return receipt;
  }

  @Get()
  @Roles('department', 'admin')
  @ApiOperation({
    summary: 'The worklist: a department its region, an administrator all (status=unrouted: to be routed)',
  })
  @ApiOkResponse({ type: [ComplaintDtoView] })
  list(@Query() query: ComplaintListQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.list(query, principal);
  }

  @Get('statistics')
  @Roles('department', 'admin')
  @ApiOperation({ summary: 'Counts per region and category (received, open, replied, overdue, unrouted)' })
  @ApiOkResponse({ type: [ComplaintStatisticsRowDto] })
  statistics(@Query() query: ComplaintStatisticsQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.statistics(query, principal);
  }

  @Get(':id')
  @Roles('department', 'admin')
  @ApiOkResponse({ type: ComplaintDtoView })
  get(@Param('id', ID) id: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.get(id, principal);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles('department', 'admin')
  @ApiOperation({
    summary: 'Route an unrouted complaint to a county (admin) or name the filed institution it is about',
  })
  @ApiOkResponse({ type: ComplaintDtoView })
  assign(@Param('id', ID) id: string, @Body() body: ComplaintAssignmentDto, @CurrentPrincipal() principal: Principal) {
    return this.handling.assign(id, body, principal);
  }

  @Post(':id/findings')
  @HttpCode(200)
  @Roles('department')
  @ApiOkResponse({ type: ComplaintDtoView })
  findings(@Param('id', ID) id: string, @Body() body: ComplaintFindingsDto, @CurrentPrincipal() principal: Principal) {
    return this.handling.recordFindings(id, body.findings, principal);
  }

  @Post(':id/inspections')
  @HttpCode(201)
  @Roles('department')
  @ApiOperation({ summary: 'Inspect the institution because of the complaint; failed items order a rectification' })
  @ApiCreatedResponse({ type: InspectionOutcomeDto })
  inspect(@Param('id', ID) id: string, @Body() body: InspectionDto, @CurrentPrincipal() principal: Principal) {
    return this.handling.inspect(id, body, principal);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({ summary: '答复: meets the handling deadline; the complainant is emailed unless anonymous' })
  @ApiOkResponse({ type: ComplaintDtoView })
  reply(@Param('id', ID) id: string, @Body() body: ComplaintReplyDto, @CurrentPrincipal() principal: Principal) {
    return this.handling.reply(id, body, principal);
  }
}
