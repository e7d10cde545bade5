import { DEADLINE_ENTITIES } from '@tuoyu/deadlines';
import { Department } from './department.entity';
import { FilingCase } from './filing-case.entity';
import { FilingChange } from './filing-change.entity';
import { Handoff } from './handoff/handoff.entity';

export * from './change-filing-deadline.handler';
export * from './department-directory.service';
export * from './department.entity';
export * from './filing-case.entity';
export * from './filing-case.service';
export * from './filing-case.view';
export * from './filing-change.entity';
export * from './filing-deadline.handler';
export * from './filing-domain.module';
export * from './filing-query.service';
export * from './filing-tables.migration';
export * from './handoff/handoff.entity';

export const FILING_ENTITIES = [FilingCase, FilingChange, Department, Handoff, ...DEADLINE_ENTITIES];
