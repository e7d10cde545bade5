import { MikroORM } from '@mikro-orm/core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DeadlineCount } from './deadline-count.entity';
import { FiredBy } from './deadline-rung.entity';

@Injectable()
export class DeadlineMetrics implements OnModuleInit {
  private fired?: Counter<'kind' | 'rung' | 'via'>;
  private lateness?: Histogram<'via'>;
  private skipped?: Counter<'kind' | 'rung' | 'reason'>;

  constructor(
    private readonly registry: Registry,
    private readonly orm: MikroORM,
  ) {}

  onModuleInit(): void {
    this.fired = new Counter({
      name: 'tuoyu_deadline_rungs_fired_total',
      help: 'Reminder rungs fired, by deadline kind, rung and trigger (fast_path: delayed job; sweeper: safety net)',
      labelNames: ['kind', 'rung', 'via'],
      registers: [this.registry],
    });
    this.lateness = new Histogram({
      name: 'tuoyu_deadline_rung_lateness_seconds',
      help: 'How long after its fire time a rung fired',
      labelNames: ['via'],
      buckets: [0.1, 0.5, 1, 2, 5, 15, 60, 300, 1800, 3600, 86400],
      registers: [this.registry],
    });
    this.skipped = new Counter({
      name: 'tuoyu_deadline_rungs_skipped_total',
      help: 'Rungs not sent when catching up: superseded by a later rung due with them, or stale (past the grace)',
      labelNames: ['kind', 'rung', 'reason'],
      registers: [this.registry],
    });
    // Sums of the rows the deadline table's triggers append: a few rows, not a scan of every open deadline.
    const counts = () => this.orm.em.fork().getRepository(DeadlineCount).byKind();
    for (const [name, help, field] of [
      ['tuoyu_deadlines_open', 'Open deadlines by kind', 'open'],
      [
        'tuoyu_deadlines_breached',
        'Open deadlines past due (breach rung fired, or imported overdue), by kind',
        'breached',
      ],
    ] as const) {
      new Gauge({
        name,
        help,
        labelNames: ['kind'],
        registers: [this.registry],
        async collect() {
          try {
            const rows = await counts();
            this.reset();
            for (const row of rows) this.set({ kind: row.kind }, row[field]);
          } catch {
            // Database down: /health says so; a scrape must still answer (the gauge keeps its last values).
          }
        },
      });
    }
  }

  rungSkipped(kind: string, rung: string, reason: string): void {
    this.skipped?.inc({ kind, rung: rung.split('#')[0], reason });
  }

  rungFired(kind: string, rung: string, via: FiredBy, latenessMs: number): void {
    this.fired?.inc({ kind, rung: rung.split('#')[0], via });
    this.lateness?.observe({ via }, Math.max(0, latenessMs) / 1000);
  }
}
