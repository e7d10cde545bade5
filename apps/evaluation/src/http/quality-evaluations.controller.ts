import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvaluationQueryService, QualityEvaluationService } from '@tuoyu/evaluation-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { EvaluationListQuery } from './evaluation-list.query';
import { QualityEvaluationDto } from './quality-evaluation.dto';
import { PublishedEvaluationDto } from './views/quality-evaluation.view-dto';

@ApiTags('quality evaluations')
@Controller()
export class QualityEvaluationsController {
  constructor(
    private readonly evaluations: QualityEvaluationService,
    private readonly queries: EvaluationQueryService,
  ) {}

  @Post('evaluation-subjects/:id/evaluations')
  @HttpCode(201)
  @Roles('department')
  @ApiOperation({
    summary:
      'Evaluate quality (WS/T 821—2023, seven dimensions, veto items): the level is published, sent to filing and to the institution',
  })
  @ApiCreatedResponse({ type: PublishedEvaluationDto })
  evaluate(
    @Param('id', UuidPipe) id: string,
    @Body() body: QualityEvaluationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.evaluations.evaluate(id, body, principal);
  }

  @Get('evaluations')
  @Roles('department', 'admin')
  @ApiOperation({ summary: 'Published quality evaluations with their scores, newest first' })
  @ApiOkResponse({ type: [PublishedEvaluationDto] })
  list(@Query() query: EvaluationListQuery, @CurrentPrincipal() principal: Principal) {
    return this.queries.listEvaluations(query.region, principal, query.limit ?? 100);
  }
}
