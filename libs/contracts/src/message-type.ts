/** BullMQ job names: the message type. */
export enum MessageType {
  RegistrationApproved = 'RegistrationApproved',
  HandoffReceived = 'HandoffReceived',
  FilingAccepted = 'FilingAccepted',
  NotificationRequested = 'NotificationRequested',
  DeadlineRungDue = 'DeadlineRungDue',
}
