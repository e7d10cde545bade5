import { FilingCase } from './filing-case.entity';

export * from './filing-case.entity';
export * from './filing-case.service';
export * from './filing-case.view';
export * from './filing-domain.module';
export * from './filing-query.service';
export * from './filing-tables.migration';

export const FILING_ENTITIES = [FilingCase];
