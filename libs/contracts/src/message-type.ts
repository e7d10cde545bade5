/** BullMQ job names: the message type. */
export enum MessageType {
  RegistrationApproved = 'RegistrationApproved',
  RegistrationChanged = 'RegistrationChanged',
  RegistrationCancelled = 'RegistrationCancelled',
  HandoffReceived = 'HandoffReceived',
  HandoffsReceived = 'HandoffsReceived',
  FilingAccepted = 'FilingAccepted',
  NotificationRequested = 'NotificationRequested',
  DeadlineRungDue = 'DeadlineRungDue',
  EvaluationPublished = 'EvaluationPublished',
  BanRecorded = 'BanRecorded',
  HandoffWebhookDue = 'HandoffWebhookDue',
  ProvincialPushDue = 'ProvincialPushDue',
  HolidayNoticeLoaded = 'HolidayNoticeLoaded',
  RegistrationImportFinished = 'RegistrationImportFinished',
  RegistrationsImported = 'RegistrationsImported',
  SupervisionCaseChanged = 'SupervisionCaseChanged',
}
