import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InspectionService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { InspectionDto } from './inspection.dto';
import { InspectionOutcomeDto } from './views/inspection-outcome.view-dto';

const ID = UuidPipe;

@ApiTags('inspections')
@Roles('department')
@Controller()
export class InspectionsController {
  constructor(private readonly inspections: InspectionService) {}

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
