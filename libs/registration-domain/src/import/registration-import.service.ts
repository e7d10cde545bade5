import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { PiiHasher, Principal, regionContains } from '@tuoyu/identity';
import { FieldProblem } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { ApproveRegistrationCommand } from '../approve-registration.command';
import { ProvincialPushService } from '../provincial/provincial-push.service';
import { registrationConsistencyProblems } from '../registration-rules';
import { Registration } from '../registration.entity';
import { newRegistration, registrationApprovedPayload } from '../registration-records';
import { SharingDuty } from '../sharing-duty.entity';
import { SHARING_DUTY_SUBJECT } from '../sharing-duty-deadline.handler';
import { ImportRowHistory, historyProblems } from './import-history';

export type ImportRowResult =
  | { row: number; status: 'created'; id: string; uscc: string }
  | { row: number; status: 'skipped'; uscc: string; reason: string }
  | { row: number; status: 'invalid'; errors: FieldProblem[] };

export interface ImportRow {
  row: number;
  command: ApproveRegistrationCommand;
  history: ImportRowHistory;
}

/**
 * Brings a county's existing registrations in, a batch per transaction (one query for the USCCs already
 * registered, one flush for the rows): a USCC already registered is skipped, so a re-run creates nothing new.
 * Each row is opened in the state its history states: a duty already met is recorded met and sends nothing.
 */
@Injectable()
export class RegistrationImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly pii: PiiHasher,
    private readonly outbox: Outbox,
    private readonly scheduler: DeadlineScheduler,
    private readonly provincial: ProvincialPushService,
  ) {}

  async importBatch(importId: string, rows: ImportRow[], principal: Principal): Promise<ImportRowResult[]> {
    const now = this.clock.now();
    const today = localDateAt(now);
    const results = new Map<ImportRow, ImportRowResult>();
    const valid: ImportRow[] = [];
    for (const row of rows) {
      const problems = this.problems(row, principal, today);
      if (problems.length) results.set(row, { row: row.row, status: 'invalid', errors: problems });
      else valid.push(row);
    }
    const known = await this.registered(valid.map((r) => r.command.uscc));
    const fresh: ImportRow[] = [];
    for (const row of valid) {
      if (known.has(row.command.uscc)) {
        results.set(row, { row: row.row, status: 'skipped', uscc: row.command.uscc, reason: 'already registered' });
      } else {
        known.add(row.command.uscc);
        fresh.push(row);
      }
    }
    try {
      const created = await this.em
        .fork()
        .transactional((tx) => Promise.resolve(fresh.map((r) => this.open(tx, importId, r, now))));
      fresh.forEach((row, i) => results.set(row, created[i]));
    } catch (error) {
      // Another import (or POST /registrations) registered one of these meanwhile: row by row, the loser skips.
      if (!(error instanceof UniqueConstraintViolationException) || fresh.length === 1) throw error;
      for (const row of fresh) {
        const [result] = await this.importBatch(importId, [row], principal).catch((e: unknown) => {
          if (e instanceof UniqueConstraintViolationException)
            return [{ row: row.row, status: 'skipped', uscc: row.command.uscc, reason: 'already registered' } as const];
          throw e;
        });
        results.set(row, result);
      }
    }
    return rows.map((row) => results.get(row) as ImportRowResult);
  }

  private open(tx: EntityManager, importId: string, { row, command, history }: ImportRow, now: Date): ImportRowResult {
    const registration = newRegistration(tx, command, this.pii, now);
    // Filing confirms a handoff it has; an institution already filed was shared at the latest on its filing day.
    const sharedOn = history.sharedOn ?? history.filedOn;
    const subject = { type: SHARING_DUTY_SUBJECT, id: registration.id, regionCode: registration.regionCode };
    const deadline = this.scheduler.openImported(tx, subject, 'sharing_duty', registration.approvedOn, sharedOn);
    tx.create(SharingDuty, {
      id: randomUUID(),
      registration,
      dueOn: deadline.dueOn,
      dueAt: deadline.dueAt,
      status: sharedOn ? 'delivered' : 'pending',
      deliveredAt: sharedOn ? new Date(`${sharedOn}T00:00:00+08:00`) : undefined,
    });
    this.outbox.add(
      tx,
      QueueName.Filing,
      MessageType.RegistrationApproved,
      registrationApprovedPayload(registration, { importId, ...history, ...(sharedOn ? { sharedOn } : {}) }),
    );
    this.provincial.schedule(tx, registration, 'registration.approved');
    return { row, status: 'created', id: registration.id, uscc: registration.uscc };
  }

  private problems({ command, history }: ImportRow, principal: Principal, today: string): FieldProblem[] {
    const problems = [...registrationConsistencyProblems(command)];
    if (!principal.region || !regionContains(principal.region, command.regionCode)) {
      problems.push({
        field: 'regionCode',
        code: 'out_of_region',
        message: `region ${command.regionCode} is outside your region ${principal.region ?? '(none)'}`,
      });
    }
    if (command.approvedOn > today) {
      problems.push({ field: 'approvedOn', code: 'future', message: `approvedOn is after today (${today}) in China` });
    }
    return [...problems, ...historyProblems(command.approvedOn, history, today)];
  }

  private async registered(usccs: string[]): Promise<Set<string>> {
    if (!usccs.length) return new Set();
    const rows = await this.em.fork().find(Registration, { uscc: { $in: usccs } }, { fields: ['uscc'] });
    return new Set(rows.map((r) => r.uscc));
  }
}
