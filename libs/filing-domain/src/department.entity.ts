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

  @Property({ type: 'string', length: 500, nullable: true })
  webhookUrl?: string;

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  webhookSecret?: string;

  /** Residents of the county, when configured: statistics report places per 1,000 residents. */
  @Property({ type: 'integer', nullable: true })
  population?: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date;
}
