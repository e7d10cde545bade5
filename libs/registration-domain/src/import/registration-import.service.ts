import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { MessageType, QueueName, REGISTRATIONS_PER_IMPORTED_MESSAGE } from '@tuoyu/contracts';
import { DeadlineScheduler, localDateAt } from '@tuoyu/deadlines';
import { PiiHasher, Principal, regionContains } from '@tuoyu/identity';
import { FieldProblem } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { ApproveRegistrationCommand } from '../approve-registration.command';
import { ProvincialPushService } from '../provincial/provincial-push.service';
import { registrationConsistencyProblems } from '../registration-rules';
import { Registration } from '../registration.entity';
import { registrationApprovedPayload, registrationRecord } from '../registration-records';
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
 * registered, one insert per table for the rows): a USCC already registered is skipped, so a re-run creates
 * nothing new.
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
      const created = await this.em.fork().transactional((tx) => this.open(tx, importId, fresh, now));
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

  /**
   * The chunk's new institutions: one insert per table (registrations, deadlines, rungs, duties, outbox), and
   * their handoffs to filing a few dozen to a message (RegistrationsImported).
   */
  private async open(tx: EntityManager, importId: string, rows: ImportRow[], now: Date): Promise<ImportRowResult[]> {
    if (!rows.length) return [];
    const records = rows.map(({ command }) => registrationRecord(command, this.pii, now));
    await tx.insertMany(Registration, records);
    // Filing confirms a handoff it has; an institution already filed was shared at the latest on its filing day.
    const sharedOn = rows.map(({ history }) => history.sharedOn ?? history.filedOn);
    const deadlines = await this.scheduler.openImportedMany(
      tx,
      records.map((registration, i) => ({
        subject: { type: SHARING_DUTY_SUBJECT, id: registration.id, regionCode: registration.regionCode },
        kind: 'sharing_duty',
        start: registration.approvedOn,
        metOn: sharedOn[i],
      })),
    );
    await tx.insertMany(
      SharingDuty,
      records.map((registration, i) => ({
        id: randomUUID(),
        registration: registration.id,
        dueOn: deadlines[i].dueOn,
        dueAt: deadlines[i].dueAt,
        status: sharedOn[i] ? ('delivered' as const) : ('pending' as const),
        deliveredAt: sharedOn[i] ? new Date(`${sharedOn[i]}T00:00:00+08:00`) : undefined,
      })),
    );
    const registrations = records.map((record) => Object.assign(new Registration(), record));
    const handoffs = registrations.map((registration, i) =>
      registrationApprovedPayload(registration, {
        importId,
        ...rows[i].history,
        ...(sharedOn[i] ? { sharedOn: sharedOn[i] } : {}),
      }),
    );
    await this.outbox.addMany(
      tx,
      chunk(handoffs, REGISTRATIONS_PER_IMPORTED_MESSAGE).map((registrations) =>
        this.outbox.draft(
          QueueName.Filing,
          MessageType.RegistrationsImported,
          { v: 1, importId, registrations },
          { bulk: true },
        ),
      ),
    );
    for (const registration of registrations) {
      this.provincial.schedule(tx, registration, 'registration.approved', {}, { bulk: true });
    }
    return registrations.map((r, i) => ({ row: rows[i].row, status: 'created', id: r.id, uscc: r.uscc }));
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

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
