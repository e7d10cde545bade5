import { Module } from '@nestjs/common';
import { FilingCaseService } from './filing-case.service';
import { FilingQueryService } from './filing-query.service';

@Module({
  providers: [FilingCaseService, FilingQueryService],
  exports: [FilingCaseService, FilingQueryService],
})
export class FilingDomainModule {}
