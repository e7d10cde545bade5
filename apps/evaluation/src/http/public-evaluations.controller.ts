import { Controller, Get, Query } from '@nestjs/common';
import { RateLimit } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvaluationQueryService } from '@tuoyu/evaluation-domain';
import { Public } from '@tuoyu/identity';
import { EvaluationListQuery } from './evaluation-list.query';
import { PublicEvaluationDto } from './views/public-evaluation.view-dto';

@ApiTags('public disclosure')
@Public()
@RateLimit('public')
@Controller('public')
export class PublicEvaluationsController {
  constructor(private readonly queries: EvaluationQueryService) {}

  @Get('evaluations')
  @ApiOperation({ summary: 'Published evaluation results (评估结果向社会公布): each institution’s latest level' })
  @ApiOkResponse({ type: [PublicEvaluationDto] })
  list(@Query() query: EvaluationListQuery) {
    return this.queries.publicEvaluations(query.region, query.limit ?? 200);
  }
}
