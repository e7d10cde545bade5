/**
 * Something a service keeps in PostgreSQL that only Redis was carrying forward (e.g. an email waiting in the
 * delayed set for its retry): after a Redis data loss it puts that work back, and says how much.
 */
export interface RedisLossListener {
  /** What it puts back, for the log line and the metric label (e.g. 'email deliveries'). */
  readonly redrives: string;
  afterRedisLoss(): Promise<number>;
}
