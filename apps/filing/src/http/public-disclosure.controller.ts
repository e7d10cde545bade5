import { Controller, Get, Query } from '@nestjs/common';
import { RateLimit } from '@tuoyu/http';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicDisclosure } from '@tuoyu/filing-domain';
import { Public } from '@tuoyu/identity';
import { PublicDisclosureQuery } from './public-disclosure.query';
import { PublicFilingDto } from './views/public-filing.view-dto';
import { PublicNonComplianceDto } from './views/public-non-compliance.view-dto';

@ApiTags('public disclosure')
@Public()
@RateLimit('public')
@Controller('public')
export class PublicDisclosureController {
  constructor(private readonly disclosure: PublicDisclosure) {}

  @Get('filings')
  @ApiOperation({
    summary: 'Filed institutions (备案公示): name, USCC, address, service types, places, inclusive, filing date, level',
  })
  @ApiOkResponse({ type: [PublicFilingDto] })
  filings(@Query() query: PublicDisclosureQuery) {
    return this.disclosure.filed(query.region, query.limit ?? 200);
  }

  @Get('non-compliance')
  @ApiOperation({ summary: 'Published non-compliance notices (不符合备案要求告知) with their reasons' })
  @ApiOkResponse({ type: [PublicNonComplianceDto] })
  nonCompliance(@Query() query: PublicDisclosureQuery) {
    return this.disclosure.nonCompliance(query.region, query.limit ?? 200);
  }
}
