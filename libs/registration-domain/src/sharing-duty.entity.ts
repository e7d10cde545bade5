import { Entity, EntityRepositoryType, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Registration } from './registration.entity';
import { SharingDutyRepository } from './sharing-duty.repository';

export const SHARING_DUTY_STATUSES = ['pending', 'delivered', 'overdue'] as const;
export type SharingDutyStatus = (typeof SHARING_DUTY_STATUSES)[number];

/**
 * The authority's duty to share a registration with the county health department within 30 days
 * (资阳雁江 附件3 #6). Met when the filing service confirms it has the handoff.
 */
@Entity({ tableName: 'sharing_duty', repository: () => SharingDutyRepository })
export class SharingDuty {
  [EntityRepositoryType]?: SharingDutyRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @OneToOne({
    entity: () => Registration,
    owner: true,
    unique: 'sharing_duty_registration_unique',
    deleteRule: 'cascade',
  })
  registration: Registration;

  @Property({ type: 'date' })
  dueOn: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Property({ type: 'string', length: 16 })
  status: SharingDutyStatus = 'pending';

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date;

  @Property({ type: 'uuid', nullable: true })
  filingCaseId?: string;

  /** The 30 days passed undelivered; a later delivery still counts (late), so overdue is not final. */
  markOverdue(): void {
    if (this.status === 'pending') this.status = 'overdue';
  }

  /** Idempotent: a second receipt of the same handoff changes nothing. */
  markDelivered(filingCaseId: string, at: Date): boolean {
    if (this.status === 'delivered') {
      // An imported institution was delivered on its history's day; the handoff still names its case.
      this.filingCaseId ??= filingCaseId;
      return false;
    }
    this.status = 'delivered';
    this.deliveredAt = at;
    this.filingCaseId = filingCaseId;
    return true;
  }
}
