import { Controller, Get, Param, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvaluationQueryService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { EvaluationListQuery } from './evaluation-list.query';

@ApiTags('evaluation subjects')
@Roles('department', 'admin')
@Controller('evaluation-subjects')
export class EvaluationSubjectsController {
  constructor(private readonly queries: EvaluationQueryService) {}

  @Get()
  @ApiOperation({ summary: 'Filed institutions under evaluation, with their evaluation and inspection deadlines' })
  list(@Query() query: EvaluationListQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.listSubjects(query, principal);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subject: deadlines, inspections, rectification orders and quality evaluations' })
  get(@Param('id', UuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.getSubject(id, principal);
  }
}
