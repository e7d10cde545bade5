/** Every notice the product sends. The notification service has exactly one template per member. */
export enum NoticeTemplate {
  FilingDue = 'filing_due',
  DeadlineReminder = 'deadline_reminder',
  DeadlineOverdue = 'deadline_overdue',
  DeadlineEscalation = 'deadline_escalation',
  DeadlineMoved = 'deadline_moved',
  FilingReceipt = 'filing_receipt',
  CorrectionRequested = 'correction_requested',
  NonCompliance = 'non_compliance',
  HandoffArrived = 'handoff_arrived',
  DepartmentDigest = 'department_digest',
  RectificationOrdered = 'rectification_ordered',
  RectificationReviewed = 'rectification_reviewed',
  EvaluationResult = 'evaluation_result',
  SignInCode = 'sign_in_code',
}
