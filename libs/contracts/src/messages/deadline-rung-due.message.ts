import { Equals, IsUUID } from 'class-validator';

/**
 * A service to itself, delayed until a reminder rung's time (the fast path). The sweeper fires the same rung
 * if this never arrives (Redis flushed, clock moved): both end in the same claim, so it fires once.
 */
export class DeadlineRungDue {
  @Equals(1) v: 1;
  @IsUUID() rungId: string;
}
