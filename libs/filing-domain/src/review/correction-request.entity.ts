import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { CorrectionItem } from '@tuoyu/contracts';
import { FilingCase } from '../filing-case.entity';

/** 一次性告知补正: everything missing or wrong in one submission, with its own correction deadline. */
@Entity({ tableName: 'correction_request' })
export class CorrectionRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => FilingCase, deleteRule: 'cascade' })
  filingCase: FilingCase;

  @Property({ type: 'uuid' })
  submissionId: string;

  @Property({ type: 'json' })
  items: CorrectionItem[];

  @Property({ type: 'date' })
  requestedOn: string;

  @Property({ type: 'string', length: 16 })
  status: 'open' | 'answered' | 'closed' = 'open';
}
