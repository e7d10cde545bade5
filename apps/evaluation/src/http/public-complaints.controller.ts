import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplaintIntakeService, ComplaintQueryService } from '@tuoyu/evaluation-domain';
import { RateLimit } from '@tuoyu/http';
import { Public } from '@tuoyu/identity';
import type { Response } from 'express';
import { ComplaintDto } from './complaint.dto';
import { ComplaintReferencePipe } from './complaint-reference.pipe';
import { ComplaintReceiptDto } from './views/complaint-receipt.view-dto';
import { PublicComplaintDto } from './views/public-complaint.view-dto';

@ApiTags('complaints (public)')
@Public()
@Controller('public/complaints')
export class PublicComplaintsController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly queries: ComplaintQueryService,
  ) {}

  @Post()
  @RateLimit('intake')
  @HttpCode(201)
  @ApiOperation({
    summary:
      '投诉举报 without an account: 201 with the reference number (emailed when a contact email is given; anonymous allowed), 200 with duplicate=true for a repeat by the same contact within minutes',
  })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiOkResponse({ type: ComplaintReceiptDto, description: 'a repeat: the reference already given' })
  async submit(@Body() body: ComplaintDto, @Res({ passthrough: true }) response: Response) {
    const receipt = await this.intake.receive(body);
    if (receipt.duplicate) response.status(200);
    return receipt;
  }

  @Get(':reference')
  @RateLimit('public')
  @ApiOperation({ summary: "A complaint's state and reply by its reference number (never who complained)" })
  @ApiOkResponse({ type: PublicComplaintDto })
  lookup(@Param('reference', ComplaintReferencePipe) reference: string) {
    return this.queries.lookup(reference);
  }
}
