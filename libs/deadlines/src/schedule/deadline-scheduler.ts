import { randomUUID } from 'node:crypto';
import { EntityRepositoryType, MikroORM } from '@mikro-orm/core';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import type { DeadlineQueue } from '@tuoyu/contracts';
import { Outbox } from '@tuoyu/messaging';
import { DeadlineService } from '../deadline.service';
import { DeadlineKind, ReminderRung } from '../policies/deadline-policy';
import { catchUpVerdict } from './catch-up';
import { Deadline } from './deadline.entity';
import { DeadlineMetrics } from './deadline-metrics';
import { DeadlineRung, FiredBy } from './deadline-rung.entity';
import { DEADLINE_SUBJECT_HANDLERS, DeadlineSubjectHandler, RungNotice } from './deadline-subject-handler';
import { DueDateOverride, periodOf } from './due-date-override';
import { PlannedRung, ladderRungOf, nextOverdueRung, planRungs } from './rung-plan';

export const DEADLINE_QUEUE = Symbol('DEADLINE_QUEUE');

/** A deadline's columns, as openImportedMany inserts them. */
export type DeadlineRecord = Omit<Deadline, typeof EntityRepositoryType>;

/** One duty for openImportedMany: openImported's arguments. */
export interface ImportedDuty {
  subject: DeadlineSubject;
  kind: DeadlineKind;
  start: string;
  metOn?: string;
}

export interface DeadlineSubject {
  type: string;
  id: string;
  regionCode?: string;
}

/**
 * The durable schedule: deadlines and their rungs live in the owning service's database (the truth); Redis only
 * carries the delayed fast-path jobs. Opening, meeting and firing all join the caller's transaction.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private readonly handlers: Map<string, DeadlineSubjectHandler>;
  /** Deadlines locked by hold(), per transaction (its connection context): forgotten with the transaction. */
  private readonly held = new WeakMap<object, Map<string, Deadline>>();

  constructor(
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly metrics: DeadlineMetrics,
    @Inject(DEADLINE_QUEUE) private readonly queue: DeadlineQueue,
    @Inject(DEADLINE_SUBJECT_HANDLERS) handlers: DeadlineSubjectHandler[],
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
  ) {
    this.handlers = new Map(handlers.map((handler) => [handler.subjectType, handler]));
  }

  /** Opens the subject's deadline of this kind with its rungs (idempotent: an open one is returned as is). */
  async open(
    em: EntityManager,
    subject: DeadlineSubject,
    kind: DeadlineKind,
    start: string,
    override: DueDateOverride = {},
  ): Promise<Deadline> {
    const existing = await em.getRepository(Deadline).findForSubject(subject.type, subject.id, kind);
    return existing ?? this.openNew(em, subject, kind, start, override);
  }

  /**
   * Opens a deadline for a subject created in this same transaction: it cannot have one yet, so there is nothing
   * to look up (a round trip fewer on the registration and filing hot paths; the unique key still guards).
   */
  openNew(
    em: EntityManager,
    subject: DeadlineSubject,
    kind: DeadlineKind,
    start: string,
    override: DueDateOverride = {},
  ): Deadline {
    const policy = this.deadlines.policyFor(kind, subject.regionCode);
    const period = periodOf(kind, start, override, policy.period);
    const computed = this.deadlines.compute({ start, ...period });
    const now = this.clock.now();
    const deadline = em.create(Deadline, {
      id: randomUUID(),
      kind,
      subjectType: subject.type,
      subjectId: subject.id,
      regionCode: subject.regionCode,
      startOn: start,
      periodAmount: period.amount,
      periodUnit: period.unit,
      dueOn: computed.dueOn,
      dueAt: new Date(computed.dueAt),
      provisional: computed.provisional,
      explanation: computed.explanation,
      explanationSteps: computed.steps,
      status: 'open',
      openedAt: now,
    });
    for (const planned of planRungs(policy.ladder, deadline.dueOn, now)) this.addRung(em, deadline, planned);
    return deadline;
  }

  /**
   * A duty of an institution brought in by an import (no existence check: the subject is new). Met already
   * (metOn): recorded met, without rungs. Still open: only rungs ahead of now are planned, so a duty missed
   * before the import sends no breach or escalation burst (the importer sends one notice and one summary).
   */
  openImported(
    em: EntityManager,
    subject: DeadlineSubject,
    kind: DeadlineKind,
    start: string,
    metOn?: string,
  ): Deadline {
    const { deadline, rungs } = this.imported(subject, kind, start, metOn);
    const created = em.create(Deadline, deadline);
    for (const planned of rungs) this.addRung(em, created, planned, true);
    return created;
  }

  /**
   * openImported for a whole import chunk: the deadlines, their rungs and the delayed jobs of the rungs within the
   * fast-path horizon in one insert each, in the caller's transaction (the unit of work's per-entity cost made an
   * import crawl at 58 rows/s). Rungs further ahead are queued by the sweeper when they come within the horizon.
   */
  async openImportedMany(em: EntityManager, duties: ImportedDuty[]): Promise<DeadlineRecord[]> {
    const records = duties.map((d) => this.imported(d.subject, d.kind, d.start, d.metOn));
    if (!records.length) return [];
    const now = this.clock.now();
    await em.insertMany(
      Deadline,
      records.map((r) => r.deadline),
    );
    const rungs = records.flatMap(({ deadline, rungs: planned }) =>
      planned.map((p) => ({
        id: randomUUID(),
        deadline: deadline.id,
        rung: p.rung,
        fireAt: p.fireAt,
        status: 'pending' as const,
        queuedAt: this.withinHorizon(p.fireAt, now) ? now : undefined,
      })),
    );
    if (rungs.length) await em.insertMany(DeadlineRung, rungs);
    await this.outbox.addMany(
      em,
      rungs
        .filter((rung) => rung.queuedAt)
        .map((rung) =>
          this.outbox.draft(
            this.queue,
            MessageType.DeadlineRungDue,
            { v: 1, rungId: rung.id },
            // An import's rungs fall due together: live rungs due then go first.
            { deliverAt: rung.fireAt, bulk: true },
          ),
        ),
    );
    return records.map((r) => r.deadline);
  }

  private imported(
    subject: DeadlineSubject,
    kind: DeadlineKind,
    start: string,
    metOn?: string,
  ): { deadline: DeadlineRecord; rungs: PlannedRung[] } {
    const policy = this.deadlines.policyFor(kind, subject.regionCode);
    const period = periodOf(kind, start, {}, policy.period);
    const computed = this.deadlines.compute({ start, ...period });
    const now = this.clock.now();
    const dueAt = new Date(computed.dueAt);
    const deadline: DeadlineRecord = {
      id: randomUUID(),
      kind,
      subjectType: subject.type,
      subjectId: subject.id,
      regionCode: subject.regionCode,
      startOn: start,
      periodAmount: period.amount,
      periodUnit: period.unit,
      dueOn: computed.dueOn,
      dueAt,
      provisional: computed.provisional,
      explanation: computed.explanation,
      explanationSteps: computed.steps,
      status: metOn ? 'met' : 'open',
      openedAt: now,
      closedAt: metOn ? new Date(`${metOn}T00:00:00+08:00`) : undefined,
      // Already past due: breached now, though no breach rung will fire for it.
      breachedAt: !metOn && dueAt.getTime() <= now.getTime() ? now : undefined,
    };
    if (metOn) return { deadline, rungs: [] };
    const ahead = planRungs(policy.ladder, deadline.dueOn, now).filter((p) => p.fireAt.getTime() > now.getTime());
    return { deadline, rungs: ahead };
  }

  /**
   * Takes the deadline's lock before the caller locks its subject: firing a rung takes the deadline, then the
   * subject, so a caller that changes both in the other order could deadlock with a rung firing at that instant.
   */
  async hold(em: EntityManager, subject: DeadlineSubject, kind: DeadlineKind): Promise<void> {
    const deadline = await em.getRepository(Deadline).findForSubject(subject.type, subject.id, kind, true);
    // Held until this transaction ends: a meet/cancel in it needs no second locked read (one round trip fewer).
    if (deadline) this.heldIn(em).set(heldKey(subject, kind), deadline);
  }

  /** The duty was done: the deadline closes and its pending rungs are cancelled (a late job finds nothing). */
  async meet(em: EntityManager, subject: DeadlineSubject, kind: DeadlineKind): Promise<void> {
    await this.close(em, subject, kind, 'met');
  }

  async cancel(em: EntityManager, subject: DeadlineSubject, kind: DeadlineKind): Promise<void> {
    await this.close(em, subject, kind, 'cancelled');
  }

  async rungsOf(em: EntityManager, deadlineIds: string[]): Promise<DeadlineRung[]> {
    return deadlineIds.length ? em.getRepository(DeadlineRung).listFor(deadlineIds) : [];
  }

  /** Fast path: the rung's delayed job arrived. False when it was already fired, cancelled, or is not due yet. */
  async fireById(em: EntityManager, rungId: string): Promise<boolean> {
    const now = this.clock.now();
    const rung = await em.getRepository(DeadlineRung).claimOne(rungId, now);
    if (!rung) return false;
    await this.fire(em, rung, 'fast_path', now);
    return true;
  }

  /** A DeadlineRungDue job: the rung claim is the idempotency guard, so a repeated or late job does nothing. */
  async fireJob(rungId: string): Promise<boolean> {
    return (this.orm.em.fork() as EntityManager).transactional((em) => this.fireById(em, rungId));
  }

  /** Safety net: fires up to `limit` due rungs no other sweeper holds; returns how many. */
  async fireDue(em: EntityManager, limit: number): Promise<number> {
    const now = this.clock.now();
    const rungs = await em.getRepository(DeadlineRung).claimDue(now, limit);
    for (const rung of rungs) await this.fire(em, rung, 'sweeper', now);
    return rungs.length;
  }

  /** Puts a delayed job in the outbox for up to `limit` rungs that entered the fast-path horizon; returns how many. */
  async queueEnteringHorizon(em: EntityManager, limit: number): Promise<number> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.deadlineFastPathHorizonMs);
    const rungs = await em.getRepository(DeadlineRung).claimUnqueued(until, now, limit);
    for (const rung of rungs) this.queueRung(em, rung.id, rung.fireAt);
    return rungs.length;
  }

  /**
   * After the calendar changed: recomputes every open deadline of this service. A moved due date re-plans the
   * pending rungs (fired ones stay fired) and tells the subject's parties; returns the deadlines that moved.
   */
  async recomputeOpen(em: EntityManager): Promise<{ deadline: Deadline; previousDueOn: string }[]> {
    const moved: { deadline: Deadline; previousDueOn: string }[] = [];
    const now = this.clock.now();
    for (const deadline of await em.find(Deadline, { status: 'open' })) {
      const computed = this.deadlines.compute({
        start: deadline.startOn,
        amount: deadline.periodAmount,
        unit: deadline.periodUnit,
      });
      deadline.provisional = computed.provisional;
      deadline.explanation = computed.explanation;
      deadline.explanationSteps = computed.steps;
      if (computed.dueOn === deadline.dueOn) continue;
      const previousDueOn = deadline.dueOn;
      deadline.dueOn = computed.dueOn;
      deadline.dueAt = new Date(computed.dueAt);
      await em.getRepository(DeadlineRung).deletePending(deadline.id);
      const kept = new Set((await em.getRepository(DeadlineRung).listFor([deadline.id])).map((r) => r.rung));
      const ladder = this.deadlines.policyFor(deadline.kind, deadline.regionCode).ladder;
      for (const planned of planRungs(ladder, deadline.dueOn, now)) {
        if (!kept.has(planned.rung)) this.addRung(em, deadline, planned);
      }
      const handler = this.handlers.get(deadline.subjectType);
      for (const notice of (await handler?.onDueMoved(em, deadline, previousDueOn)) ?? []) {
        this.notifyOnce(
          em,
          `deadline-moved:${deadline.id}:${deadline.dueOn}:${notice.to}`,
          notice.to,
          notice.template,
          notice.props,
        );
      }
      moved.push({ deadline, previousDueOn });
    }
    return moved;
  }

  private async close(em: EntityManager, subject: DeadlineSubject, kind: DeadlineKind, status: 'met' | 'cancelled') {
    // Locked, as firing locks it: a rung fires against the deadline's committed state, never a stale one. Held
    // already in this transaction (hold): the lock and the state read then are still this transaction's.
    const deadline =
      this.heldIn(em).get(heldKey(subject, kind)) ??
      (await em.getRepository(Deadline).findForSubject(subject.type, subject.id, kind, true));
    if (!deadline || deadline.status !== 'open') return;
    deadline.status = status;
    deadline.closedAt = this.clock.now();
    await em.flush();
    await em.getRepository(DeadlineRung).cancelPending(deadline.id);
  }

  private heldIn(em: EntityManager): Map<string, Deadline> {
    const transaction = em.getTransactionContext<object>();
    if (!transaction) return new Map();
    let held = this.held.get(transaction);
    if (!held) this.held.set(transaction, (held = new Map<string, Deadline>()));
    return held;
  }

  private async fire(em: EntityManager, rung: DeadlineRung, via: FiredBy, now: Date): Promise<void> {
    // A closer (meet/cancel) holding the deadline is waited for, then its outcome is seen.
    const deadline = await em.findOneOrFail(Deadline, rung.deadline.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    rung.firedAt = now;
    rung.firedBy = via;
    if (deadline.status !== 'open') {
      rung.status = 'cancelled';
      return;
    }
    rung.status = 'fired';
    // The breach always fires (catch-up.ts): from here the deadline counts as breached (the gauges, the overview).
    if (rung.rung === 'breach') deadline.breachedAt ??= now;
    const policy = this.deadlines.policyFor(deadline.kind, deadline.regionCode);
    const ladderRung = ladderRungOf(policy.ladder, rung.rung);
    const handler = this.handlers.get(deadline.subjectType);
    if (ladderRung) {
      const othersDue = await em.getRepository(DeadlineRung).otherDue(deadline.id, rung.id, now);
      const verdict = catchUpVerdict(rung, ladderRung, othersDue, now, this.config.deadlineReminderGraceMs);
      if (!verdict.fire) {
        // Catching up: a later rung speaks for this one, or its moment is long past. Kept, visibly, as skipped.
        rung.status = 'skipped';
        this.metrics.rungSkipped(deadline.kind, rung.rung, verdict.reason);
        if ('everyDaysAfterBreach' in ladderRung) this.planNextOverdue(em, deadline, rung, ladderRung, now);
        return;
      }
    }
    if (!ladderRung || !handler) {
      this.logger.error(
        `rung ${rung.rung} of ${deadline.kind} (${deadline.subjectType}) has no ladder rung or handler`,
      );
      return;
    }
    for (const notice of await handler.onRung(em, { deadline, rung, ladderRung })) {
      this.notify(em, rung, notice);
    }
    if ('everyDaysAfterBreach' in ladderRung) this.planNextOverdue(em, deadline, rung, ladderRung, now);
    this.metrics.rungFired(deadline.kind, rung.rung, via, now.getTime() - rung.fireAt.getTime());
  }

  private planNextOverdue(
    em: EntityManager,
    deadline: Deadline,
    rung: DeadlineRung,
    ladderRung: Extract<ReminderRung, { everyDaysAfterBreach: number }>,
    now: Date,
  ): void {
    const sequence = Number(rung.rung.split('#')[1] ?? '1') + 1;
    this.addRung(em, deadline, nextOverdueRung(ladderRung, deadline.dueOn, sequence, now));
  }

  private notify(em: EntityManager, rung: DeadlineRung, notice: RungNotice): void {
    // The (deadline, rung) claim plus the recipient: a rung's notice to one address is delivered once.
    const who = notice.to ?? `unaddressed:${notice.template}`;
    this.notifyOnce(
      em,
      `deadline-rung:${rung.id}:${who}`,
      notice.to,
      notice.template,
      notice.props,
      notice.unaddressed,
    );
  }

  private notifyOnce(
    em: EntityManager,
    idempotencyKey: string,
    to: string | undefined,
    template: NoticeTemplate,
    props: object,
    unaddressed?: string,
  ): void {
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey,
      template,
      locale: 'zh-CN',
      to: to ? [to] : [],
      ...(unaddressed ? { unaddressed } : {}),
      props: { ...props },
    });
  }

  /** `bulk`: an import's rung, whose job goes behind live ones (OutboxMessage.bulk). */
  private addRung(em: EntityManager, deadline: Deadline, planned: PlannedRung, bulk = false): void {
    const now = this.clock.now();
    const soon = this.withinHorizon(planned.fireAt, now);
    const rung = em.create(DeadlineRung, {
      id: randomUUID(),
      deadline,
      rung: planned.rung,
      fireAt: planned.fireAt,
      status: 'pending',
      queuedAt: soon ? now : undefined,
    });
    if (soon) this.queueRung(em, rung.id, planned.fireAt, bulk);
  }

  /**
   * Beyond the horizon no job yet: a delayed job weeks ahead is Redis memory and a key to lose; the sweeper queues
   * it when it comes within the horizon (queueEnteringHorizon).
   */
  private withinHorizon(fireAt: Date, now: Date): boolean {
    return fireAt.getTime() <= now.getTime() + this.config.deadlineFastPathHorizonMs;
  }

  private queueRung(em: EntityManager, rungId: string, fireAt: Date, bulk = false): void {
    this.outbox.add(em, this.queue, MessageType.DeadlineRungDue, { v: 1, rungId }, { deliverAt: fireAt, bulk });
  }
}

function heldKey(subject: DeadlineSubject, kind: DeadlineKind): string {
  return `${subject.type}:${subject.id}:${kind}`;
}
