import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { Deadline, DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { PiiHasher, Principal, countyName, regionContains } from '@tuoyu/identity';
import { ConflictError, FieldProblem, ForbiddenError, InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { insertInOneStatement } from '@tuoyu/persistence';
import { ApproveRegistrationCommand } from './approve-registration.command';
import { registrationConsistencyProblems } from './registration-rules';
import { newRegistration, registrationApprovedPayload } from './registration-records';
import { RegistrationView, toRegistrationView } from './registration.view';
import { ProvincialPushService } from './provincial/provincial-push.service';
import { SharingDuty } from './sharing-duty.entity';
import { SHARING_DUTY_SUBJECT } from './sharing-duty-deadline.handler';

/** Records approved registrations and starts their handoff to the county health department. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly pii: PiiHasher,
    private readonly scheduler: DeadlineScheduler,
    private readonly provincial: ProvincialPushService,
  ) {}

  /** Stores the registration, its 30-day sharing duty and the RegistrationApproved message in one statement. */
  async approve(
    command: ApproveRegistrationCommand,
    principal: Principal,
  ): Promise<RegistrationView & { warnings: FieldProblem[] }> {
    this.checkAuthorityScope(command.regionCode, principal);
    const inconsistent = registrationConsistencyProblems(command);
    if (inconsistent.length > 0) {
      throw new InvalidInputError(`Invalid request: ${inconsistent.map((p) => p.field).join(', ')}`, inconsistent);
    }
    const now = this.clock.now();
    if (command.approvedOn > localDateAt(now)) {
      throw new InvalidInputError('approvedOn is in the future', [
        {
          field: 'approvedOn',
          code: 'future',
          message: `approvedOn ${command.approvedOn} is after today (${localDateAt(now)}) in China`,
        },
      ]);
    }
    // No look-up first: the USCC's unique key refuses a duplicate at the insert (caught below), a round trip fewer.
    const em = this.em.fork();
    const registration = newRegistration(em, command, this.pii, now);
    const deadline = this.scheduler.openNew(
      em,
      { type: SHARING_DUTY_SUBJECT, id: registration.id, regionCode: registration.regionCode },
      'sharing_duty',
      registration.approvedOn,
    );
    const duty = em.create(SharingDuty, {
      id: randomUUID(),
      registration,
      dueOn: deadline.dueOn,
      dueAt: deadline.dueAt,
      status: 'pending',
    });
    this.outbox.add(em, QueueName.Filing, MessageType.RegistrationApproved, registrationApprovedPayload(registration));
    this.provincial.schedule(em, registration, 'registration.approved');
    try {
      // Every row in one INSERT statement: all or nothing by itself, so no BEGIN/COMMIT round trips around it.
      await insertInOneStatement(em);
    } catch (error) {
      // A registered USCC, or two authorities racing on one: the unique constraint decides.
      if (error instanceof UniqueConstraintViolationException) throw this.duplicate(command.uscc);
      throw error;
    }
    this.outbox.written(em);
    return { ...toRegistrationView(registration, duty), warnings: this.regionWarnings(registration.regionCode) };
  }

  async get(id: string, principal: Principal): Promise<RegistrationView> {
    const em = this.em.fork();
    const duty = await em.getRepository(SharingDuty).findByRegistration(id);
    if (!duty) throw new NotFoundError(`Registration ${id} does not exist`);
    if (principal.role !== 'admin') this.checkAuthorityScope(duty.registration.regionCode, principal);
    const deadline = await em.findOne(Deadline, {
      subjectType: SHARING_DUTY_SUBJECT,
      subjectId: id,
      kind: 'sharing_duty',
    });
    const rungs = deadline ? await this.scheduler.rungsOf(em, [deadline.id]) : [];
    return toRegistrationView(duty.registration, duty, rungs, await this.provincial.pushesOf(id));
  }

  /** Soft check: the shipped county list lags GB/T 2260 changes, so an unknown county is flagged, not refused. */
  private regionWarnings(regionCode: string): FieldProblem[] {
    if (countyName(regionCode)) return [];
    return [
      {
        field: 'regionCode',
        code: 'unknown_county',
        message: `region ${regionCode} is not in the shipped county list (区划代码未收录); check it is a current county code`,
      },
    ];
  }

  private checkAuthorityScope(regionCode: string, principal: Principal): void {
    if (!principal.region || !regionContains(principal.region, regionCode)) {
      throw new ForbiddenError(
        `Your token's region ${principal.region ?? '(none)'} does not contain region ${regionCode} (登记机关只能登记本辖区机构)`,
      );
    }
  }

  private duplicate(uscc: string): ConflictError {
    return new ConflictError(`USCC ${uscc} is already registered (该统一社会信用代码已登记)`, [
      { field: 'uscc', code: 'duplicate', message: `USCC ${uscc} is already registered` },
    ]);
  }
}
