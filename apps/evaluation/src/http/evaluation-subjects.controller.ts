import { Controller, Get, Param, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvaluationQueryService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { EvaluationListQuery } from './evaluation-list.query';
import { EvaluationSubjectSummaryDto } from './views/evaluation-subject-summary.view-dto';
import { EvaluationSubjectDto } from './views/evaluation-subject.view-dto';

@ApiTags('evaluation subjects')
@Roles('department', 'admin')
@Controller('evaluation-subjects')
export class EvaluationSubjectsController {
  constructor(private readonly queries: EvaluationQueryService) {}

  @Get()
  @ApiOperation({ summary: 'Filed institutions under evaluation, with their evaluation and inspection deadlines' })
  @ApiOkResponse({ type: [EvaluationSubjectSummaryDto] })
  list(@Query() query: EvaluationListQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.listSubjects(query, principal);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subject: deadlines, inspections, rectification orders and quality evaluations' })
  @ApiOkResponse({ type: EvaluationSubjectDto })
  get(@Param('id', UuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.getSubject(id, principal);
  }
}
