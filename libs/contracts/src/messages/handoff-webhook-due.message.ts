import { Equals, IsUUID } from 'class-validator';

/**
 * filing → filing: push one shared handoff to the department's own system. Retried with backoff; after the
 * last attempt the job stays in the failed set (the dead letter) until an administrator redrives it.
 */
export class HandoffWebhookDue {
  @Equals(1) v: 1;
  @IsUUID() handoffId: string;
}
