import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EVALUATION_RULES,
  INSPECTION_CATEGORIES,
  InspectionService,
  type EvaluationRules,
} from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { InspectionDto } from './inspection.dto';
import { ChecklistItemDto } from './views/checklist-item.view-dto';
import { InspectionOutcomeDto } from './views/inspection-outcome.view-dto';

const ID = UuidPipe;

@ApiTags('inspections')
@Roles('department')
@Controller()
export class InspectionsController {
  constructor(
    private readonly inspections: InspectionService,
    @Inject(EVALUATION_RULES) private readonly rules: EvaluationRules,
  ) {}

  // The configured checklist, not a copy in the portal: the form asks for exactly what the assessment judges.
  @Get('inspection-checklist')
  @ApiOperation({ summary: 'The checklist inspections are assessed by, in order, with each area named' })
  @ApiOkResponse({ type: [ChecklistItemDto] })
  checklist(): ChecklistItemDto[] {
    return this.rules.checklist.map((item) => ({ ...item, category: INSPECTION_CATEGORIES[item.category] }));
  }

  @Post('evaluation-subjects/:id/inspections')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record a supervision inspection (消防、安全、饮食、卫生保健、保育规范、收费价格); failed items order a rectification by rectificationDueOn',
  })
  @ApiCreatedResponse({ type: InspectionOutcomeDto })
  inspect(@Param('id', ID) id: string, @Body() body: InspectionDto, @CurrentPrincipal() principal: Principal) {
    return this.inspections.record(id, body, principal);
  }

  @Post('rectification-orders/:id/re-inspections')
  @HttpCode(201)
  @ApiOperation({
    summary: "Re-inspect (复查) the order's items: all met closes the order and meets its deadline, else it stays open",
  })
  @ApiCreatedResponse({ type: InspectionOutcomeDto })
  reinspect(@Param('id', ID) id: string, @Body() body: InspectionDto, @CurrentPrincipal() principal: Principal) {
    return this.inspections.reinspect(id, body, principal);
  }
}
