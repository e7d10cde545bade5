import { ClassConstructor } from 'class-transformer';
import { MessageType } from './message-type';
import { BanRecorded } from './messages/ban-recorded.message';
import { DeadlineRungDue } from './messages/deadline-rung-due.message';
import { EvaluationPublished } from './messages/evaluation-published.message';
import { FilingAccepted } from './messages/filing-accepted.message';
import { HandoffReceived } from './messages/handoff-received.message';
import { HandoffsReceived } from './messages/handoffs-received.message';
import { HolidayNoticeLoaded } from './messages/holiday-notice-loaded.message';
import { HandoffWebhookDue } from './messages/handoff-webhook-due.message';
import { ProvincialPushDue } from './messages/provincial-push-due.message';
import { NotificationRequested } from './messages/notification-requested.message';
import { RegistrationApproved } from './messages/registration-approved.message';
import { RegistrationCancelled } from './messages/registration-cancelled.message';
import { RegistrationChanged } from './messages/registration-changed.message';
import { RegistrationImportFinished } from './messages/registration-import-finished.message';
import { RegistrationsImported } from './messages/registrations-imported.message';
import { SupervisionCaseChanged } from './messages/supervision-case-changed.message';
import { QueueName } from './queue-name';

/** Which message types each queue accepts, with their payload classes: checked at compile time and at run time. */
export const QUEUE_CONTRACT = {
  [QueueName.Registration]: {
    [MessageType.HandoffReceived]: HandoffReceived,
    [MessageType.HandoffsReceived]: HandoffsReceived,
    [MessageType.DeadlineRungDue]: DeadlineRungDue,
    [MessageType.HolidayNoticeLoaded]: HolidayNoticeLoaded,
    [MessageType.ProvincialPushDue]: ProvincialPushDue,
  },
  [QueueName.Filing]: {
    [MessageType.RegistrationApproved]: RegistrationApproved,
    [MessageType.RegistrationChanged]: RegistrationChanged,
    [MessageType.RegistrationCancelled]: RegistrationCancelled,
    [MessageType.DeadlineRungDue]: DeadlineRungDue,
    [MessageType.HolidayNoticeLoaded]: HolidayNoticeLoaded,
    [MessageType.EvaluationPublished]: EvaluationPublished,
    [MessageType.BanRecorded]: BanRecorded,
    [MessageType.HandoffWebhookDue]: HandoffWebhookDue,
    [MessageType.RegistrationsImported]: RegistrationsImported,
    [MessageType.RegistrationImportFinished]: RegistrationImportFinished,
    [MessageType.SupervisionCaseChanged]: SupervisionCaseChanged,
  },
  [QueueName.Evaluation]: {
    [MessageType.FilingAccepted]: FilingAccepted,
    [MessageType.DeadlineRungDue]: DeadlineRungDue,
    [MessageType.HolidayNoticeLoaded]: HolidayNoticeLoaded,
  },
  [QueueName.Notification]: { [MessageType.NotificationRequested]: NotificationRequested },
} as const satisfies { [Q in QueueName]: Partial<Record<MessageType, ClassConstructor<object>>> };

export type QueueContract = typeof QUEUE_CONTRACT;
export type MessageTypeOf<Q extends QueueName> = keyof QueueContract[Q] & MessageType;
export type PayloadOf<Q extends QueueName, T extends MessageTypeOf<Q>> = InstanceType<
  QueueContract[Q][T] extends ClassConstructor<object> ? QueueContract[Q][T] : never
>;

/** The queues of services that own deadlines: their delayed rung jobs come back to them. */
export type DeadlineQueue = {
  [Q in QueueName]: MessageType.DeadlineRungDue extends MessageTypeOf<Q> ? Q : never;
}[QueueName];

/** Every queue of a service that owns deadlines, read off the contract. */
export const DEADLINE_QUEUES = (Object.keys(QUEUE_CONTRACT) as QueueName[]).filter(
  (queue) => MessageType.DeadlineRungDue in QUEUE_CONTRACT[queue],
) as DeadlineQueue[];

/** A validated message as a consumer sees it: a discriminated union over the queue's message types. */
export type InboundMessage<Q extends QueueName> = {
  [T in MessageTypeOf<Q>]: { id: string; type: T; payload: PayloadOf<Q, T> };
}[MessageTypeOf<Q>];
