import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { DepartmentRepository } from './department.repository';

/** The county health department (县级卫生健康部门) of a region: where handoffs and escalations go. */
@Entity({ tableName: 'department', repository: () => DepartmentRepository })
export class Department {
  [EntityRepositoryType]?: DepartmentRepository;

  @PrimaryKey({ type: 'string', length: 6 })
  regionCode: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 254 })
  email: string;

  /** The number institutions may call: their notices name it beside the email. */
  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  webhookUrl?: string | null;

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  webhookSecret?: string | null;

  /** Residents of the county, when configured: statistics report places per 1,000 residents. */
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date;
}
