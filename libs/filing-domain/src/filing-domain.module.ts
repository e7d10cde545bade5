import { Module } from '@nestjs/common';
import { DepartmentDirectory } from './department-directory.service';
import { FilingCaseService } from './filing-case.service';
import { FilingQueryService } from './filing-query.service';
import { HandoffService } from './handoff/handoff.service';

@Module({
  providers: [HandoffService, FilingCaseService, FilingQueryService, DepartmentDirectory],
  exports: [FilingCaseService, FilingQueryService, DepartmentDirectory],
})
export class FilingDomainModule {}
