import { DeadlineKind, DeadlinePolicy, ReminderRung } from './deadline-policy';

const NINE = '09:00';

/** The filing ladder of the deadline-engine issue; other duties reuse its shape with their own recipients. */
function standardLadder(
  subject: 'institution' | 'department' | 'authority',
  escalateTo: 'department' | 'admin',
): ReminderRung[] {
  return [
    { name: 'due_in_7_days', daysFromDue: -7, at: NINE, recipients: [subject] },
    { name: 'due_in_3_days', daysFromDue: -3, at: NINE, recipients: [subject] },
    { name: 'due_in_1_day', daysFromDue: -1, at: NINE, recipients: [subject] },
    { name: 'due_today', daysFromDue: 0, at: NINE, recipients: [subject] },
    { name: 'breach', breach: true, recipients: [subject, escalateTo] },
    { name: 'overdue_weekly', everyDaysAfterBreach: 7, at: NINE, recipients: [subject] },
  ];
}

/** The department's own evaluation duties: early notice to plan the visit, escalation to administrators. */
function departmentDutyLadder(): ReminderRung[] {
  return [
    { name: 'due_in_30_days', daysFromDue: -30, at: NINE, recipients: ['department'] },
    { name: 'due_in_7_days', daysFromDue: -7, at: NINE, recipients: ['department'] },
    { name: 'due_today', daysFromDue: 0, at: NINE, recipients: ['department'] },
    { name: 'breach', breach: true, recipients: ['department', 'admin'] },
    { name: 'overdue_weekly', everyDaysAfterBreach: 7, at: NINE, recipients: ['department'] },
  ];
}

/**
 * Defaults from domain.md. Values the sources leave uncertain (correction period, local filing rules) are
 * configuration: see DeadlinePolicies for per-region overrides.
 */
export const DEFAULT_POLICIES: Record<DeadlineKind, DeadlinePolicy> = {
  sharing_duty: {
    kind: 'sharing_duty',
    period: { amount: 30, unit: 'calendar' },
    legalBasis: '登记机关应当在30日内将有关机构登记信息…与同级卫生健康部门共享 (资阳雁江 附件3 #6)',
    ladder: standardLadder('authority', 'admin'),
  },
  filing: {
    kind: 'filing',
    period: { amount: 15, unit: 'calendar' },
    legalBasis: '经核准登记后……在15日内向当地卫生健康部门备案 (资阳雁江 附件3 #6)',
    ladder: standardLadder('institution', 'department'),
  },
  department_receipt: {
    kind: 'department_receipt',
    period: { amount: 5, unit: 'working' },
    legalBasis: '收到备案材料后5个工作日内出具备案回执 (托育机构登记和备案办法 第九条)',
    ladder: [
      { name: 'due_in_1_day', daysFromDue: -1, at: NINE, recipients: ['department'] },
      { name: 'due_today', daysFromDue: 0, at: NINE, recipients: ['department'] },
      { name: 'breach', breach: true, recipients: ['department', 'admin'] },
    ],
  },
  non_compliance_notice: {
    kind: 'non_compliance_notice',
    period: { amount: 15, unit: 'working' },
    legalBasis: '不符合要求的，15个工作日内告知并说明理由 (托育机构登记和备案办法 第九条)',
    ladder: [
      { name: 'due_in_3_days', daysFromDue: -3, at: NINE, recipients: ['department'] },
      { name: 'due_today', daysFromDue: 0, at: NINE, recipients: ['department'] },
      { name: 'breach', breach: true, recipients: ['department', 'admin'] },
    ],
  },
  correction: {
    kind: 'correction',
    period: { amount: 15, unit: 'calendar' },
    legalBasis: '一次性告知补正 (local practice; period configurable)',
    ladder: standardLadder('institution', 'department'),
  },
  rectification: {
    kind: 'rectification',
    period: null,
    legalBasis: '责令限期整改 (deadline set by the inspector)',
    ladder: standardLadder('institution', 'department'),
  },
  change_filing: {
    kind: 'change_filing',
    period: { amount: 15, unit: 'calendar' },
    legalBasis: '变更备案 within 15 days (local rule)',
    ladder: standardLadder('institution', 'department'),
  },
  // No source fixes when the first evaluation is due: 6 months is a default to override per region.
  quality_evaluation: {
    kind: 'quality_evaluation',
    period: { amount: 6, unit: 'month' },
    legalBasis: '托育机构质量评估 (WS/T 821—2023); first evaluation after filing (period configurable)',
    ladder: departmentDutyLadder(),
  },
  supervision_inspection: {
    kind: 'supervision_inspection',
    period: { amount: 12, unit: 'month' },
    legalBasis: '监督检查 of 消防、安全、饮食、卫生保健、保育规范、收费价格 (株洲; yearly by default, configurable)',
    ladder: departmentDutyLadder(),
  },
  // 12345 hotline practice: a complaint is answered within 15 working days of receipt (configurable per region).
  complaint_handling: {
    kind: 'complaint_handling',
    period: { amount: 15, unit: 'working' },
    legalBasis: '畅通投诉举报渠道 (平顶山, 资阳雁江); 15 working days, the usual 12345 limit (configurable)',
    ladder: [
      { name: 'due_in_3_days', daysFromDue: -3, at: NINE, recipients: ['department'] },
      { name: 'breach', breach: true, recipients: ['department', 'admin'] },
      { name: 'overdue_weekly', everyDaysAfterBreach: 7, at: NINE, recipients: ['department'] },
    ],
  },
  // No source fixes the follow-up of a safety incident (调查处理): 30 days is a default to override per region.
  incident_follow_up: {
    kind: 'incident_follow_up',
    period: { amount: 30, unit: 'calendar' },
    legalBasis:
      '安全事故责任追究 (all five city policies); investigation and handling by the department (period configurable)',
    ladder: departmentDutyLadder().filter((rung) => rung.name !== 'due_in_30_days'),
  },
};
