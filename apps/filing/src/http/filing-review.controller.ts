import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiErrors, UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeFilingService, FilingReviewService, FilingSubmissionService } from '@tuoyu/filing-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { ReviewDto } from './review.dto';
import { CorrectionRequestDto, NonComplianceDto } from './review-decision.dto';
import { SubmitChangeFilingDto, SubmitFilingDto } from './submit-filing.dto';
import { ChangeFilingDto } from './views/change-filing.view-dto';
import { ReviewOutcomeDto } from './views/review-outcome.view-dto';
import { SubmissionDto } from './views/submission.view-dto';

const CASE_ID = UuidPipe;

@ApiTags('filings')
@Controller('filings/:id')
export class FilingReviewController {
  constructor(
    private readonly submissions: FilingSubmissionService,
    private readonly reviews: FilingReviewService,
    private readonly changes: ChangeFilingService,
  ) {}

  @Post('submission')
  @HttpCode(201)
  @Roles('institution')
  @ApiOperation({
    summary: 'Submit (or resubmit after 补正) the filing materials and staff roster; starts the department clocks',
  })
  @ApiCreatedResponse({ type: SubmissionDto })
  submit(@Param('id', CASE_ID) id: string, @Body() body: SubmitFilingDto, @CurrentPrincipal() principal: Principal) {
    return this.submissions.submit(id, body, principal);
  }

  @Post('changes/:changeId/submission')
  @HttpCode(201)
  @Roles('institution')
  @ApiOperation({ summary: 'File a registration change (变更备案); meets its 15-day change-filing deadline' })
  @ApiCreatedResponse({ type: ChangeFilingDto })
  submitChange(
    @Param('id', CASE_ID) id: string,
    @Param('changeId', CASE_ID) changeId: string,
    @Body() body: SubmitChangeFilingDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.changes.submit(id, changeId, body.documents, principal);
  }

  @Post('receipt')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({ summary: 'Accept the filing: 备案回执 and 基本条件告知书 to the institution; evaluation starts' })
  @ApiOkResponse({ type: ReviewOutcomeDto })
  @ApiErrors({ 409: 'no submission awaits a decision' })
  accept(@Param('id', CASE_ID) id: string, @CurrentPrincipal() principal: Principal) {
    return this.reviews.accept(id, principal);
  }

  @Post('correction-request')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({
    summary: 'Request a correction (一次性告知补正): the full list of what is missing, with its deadline',
  })
  @ApiOkResponse({ type: ReviewOutcomeDto })
  @ApiErrors({ 409: 'no submission awaits a decision' })
  requestCorrection(
    @Param('id', CASE_ID) id: string,
    @Body() body: CorrectionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reviews.requestCorrection(id, body.items, principal);
  }

  @Post('non-compliance')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({ summary: 'Find the filing non-compliant, with reasons (published on /public/non-compliance)' })
  @ApiOkResponse({ type: ReviewOutcomeDto })
  @ApiErrors({ 409: 'no submission awaits a decision' })
  findNonCompliant(
    @Param('id', CASE_ID) id: string,
    @Body() body: NonComplianceDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reviews.findNonCompliant(id, body.reasons, principal);
  }

  @Post('review')
  @HttpCode(200)
  @Roles('department')
  @ApiOperation({
    summary:
      'Decide on the submission (api.md): accept → receipt, request_correction → 一次性告知补正, reject → non-compliance',
  })
  @ApiOkResponse({ type: ReviewOutcomeDto })
  @ApiErrors({ 409: 'no submission awaits a decision' })
  review(@Param('id', CASE_ID) id: string, @Body() body: ReviewDto, @CurrentPrincipal() principal: Principal) {
    switch (body.decision) {
      case 'accept':
        return this.reviews.accept(id, principal);
      case 'request_correction':
        return this.reviews.requestCorrection(
          id,
          body.items ?? [{ item: '补正材料', reason: body.comment as string }],
          principal,
        );
      case 'reject':
        return this.reviews.findNonCompliant(id, body.reasons ?? [body.comment as string], principal);
    }
  }
}
