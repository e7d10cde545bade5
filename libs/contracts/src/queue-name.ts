/*
 * Queue names and message versions are a contract between separately deployed services.
 * Never rename a queue or change a payload's shape in place: add a new version (v: 2) and migrate consumers first.
 */

/** One inbound queue per consuming service, named after it (architecture.md). */
export enum QueueName {
  Registration = 'registration',
  Filing = 'filing',
  Evaluation = 'evaluation',
  Notification = 'notification',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
