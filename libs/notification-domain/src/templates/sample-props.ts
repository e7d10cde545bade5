import { NoticeTemplate } from '@tuoyu/contracts';
import { ChineseDaysCalendar, computeDeadline } from '@tuoyu/deadlines';
import type { NoticePropsOf } from './template-registry';

// One sample per template, typed by the template's props class: a new template without a sample does not compile.
// The preview script and the template spec both render these, so what a person reviews is what the test checks.

const INSTITUTION = '雁江区小星星托育中心';
const USCC = '91512081MA62K0260E';
const DEPARTMENT = '资阳市雁江区卫生健康局';
/** Whom an institution's notices tell it to ask. */
const CONTACT = { name: DEPARTMENT, email: 'wjw@yanjiang.example.cn', phone: '028-26621234' };
// Links open portal pages (PUBLIC_BASE_URL): the institution's by a case-scoped capability, others behind sign-in.
const CASE_URL = 'http://127.0.0.1:3000/l/Q2FzZUxpbmtTYW1wbGUtMGI2ZjdhMGU';
/** Masked as libs/identity does; a full number here would make renderNotice refuse the sample. */
export const SAMPLE_MASKED_RESIDENT_ID = '5120**********0014';

/** A due date as the calculus explains it: English lines (stored, API) and steps each notice phrases itself. */
function explained(start: string, amount: number) {
  const { steps, explanation } = computeDeadline(new ChineseDaysCalendar(), { start, amount, unit: 'calendar' });
  return { dueExplanation: explanation, dueExplanationSteps: steps };
}
// 15 日 from approval on 2026-09-16 end in 国庆, so on 2026-10-08 (domain.md's worked example).
const FILING_EXPLANATION = explained('2026-09-16', 15);

const DEADLINE = {
  subjectName: INSTITUTION,
  uscc: USCC,
  duty: '托育机构备案 (childcare institution filing)',
  dueOn: '2026-10-08',
  dueAt: '2026-10-08T23:59:59.999+08:00',
  ...FILING_EXPLANATION,
  caseUrl: CASE_URL,
  department: CONTACT,
  escalatedTo: 'department' as const,
};

export const SAMPLE_PROPS: { [T in NoticeTemplate]: NoticePropsOf<T> } = {
  [NoticeTemplate.FilingDue]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    approvedOn: '2026-09-16',
    dueOn: '2026-10-08',
    dueAt: '2026-10-08T23:59:59.999+08:00',
    ...FILING_EXPLANATION,
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  [NoticeTemplate.DeadlineReminder]: { ...DEADLINE, rung: 'due_in_3_days' },
  [NoticeTemplate.DeadlineOverdue]: { ...DEADLINE, rung: 'breach' },
  // To the department itself: it is not told whom to ask.
  [NoticeTemplate.DeadlineEscalation]: { ...DEADLINE, rung: 'breach', department: undefined },
  [NoticeTemplate.DeadlineMoved]: { ...DEADLINE, rung: 'moved', previousDueOn: '2026-10-01' },
  // A resubmission after the correction request below: its review clock restarts from complete materials.
  [NoticeTemplate.FilingSubmitted]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    submissionNumber: 2,
    submittedOn: '2026-10-20',
    reviewDueOn: '2026-10-27',
    reviewDueAt: '2026-10-27T23:59:59.999+08:00',
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  // The change filing of a registration change of name, services and places, filed 13 days after it.
  [NoticeTemplate.ChangeFilingSubmitted]: {
    institutionName: '雁江区小星星托育中心（新址）',
    uscc: USCC,
    changedOn: '2026-11-02',
    filedOn: '2026-11-15',
    changes: { name: '雁江区小星星托育中心（新址）', serviceTypes: ['full_day', 'hourly'], capacity: 90 },
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  [NoticeTemplate.FilingReceipt]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    receiptNumber: '雁卫托备〔2026〕第0042号',
    filedOn: '2026-10-12',
    departmentName: DEPARTMENT,
    basicConditions: [
      '托育场所符合消防、卫生、环保要求，室内外活动场地达到设置标准',
      '保育人员与婴幼儿比例：乳儿班1:3，托小班1:5，托大班1:7',
      '视频监控覆盖婴幼儿活动区域，录像保存不少于90日',
    ],
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  [NoticeTemplate.CorrectionRequested]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    departmentName: DEPARTMENT,
    items: [
      { item: '消防安全检查合格证明', reason: '上传的证明已于2026-08-31过期，请提交有效期内的证明' },
      {
        item: '法定代表人身份证明',
        reason: `身份证号码 ${SAMPLE_MASKED_RESIDENT_ID} 与营业执照登记的法定代表人不一致`,
      },
      { item: '场地证明', reason: '租赁合同期限不足3年（现为2026-09-01至2028-08-31）' },
    ],
    dueOn: '2026-10-27',
    dueAt: '2026-10-27T23:59:59.999+08:00',
    ...explained('2026-10-12', 15),
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  [NoticeTemplate.NonCompliance]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    departmentName: DEPARTMENT,
    reasons: [
      '托小班保育人员与婴幼儿比例为1:8，低于1:5的标准',
      `保育人员（身份证号码 ${SAMPLE_MASKED_RESIDENT_ID}）同时登记在另一托育机构的人员名册中`,
    ],
    decidedOn: '2026-10-30',
    caseUrl: CASE_URL,
    department: CONTACT,
  },
  [NoticeTemplate.HandoffArrived]: {
    departmentName: DEPARTMENT,
    institutionName: INSTITUTION,
    uscc: USCC,
    approvedOn: '2026-09-16',
    filingDueOn: '2026-10-08',
    inboxUrl: 'http://127.0.0.1:3000/department/cases/0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11',
  },
  [NoticeTemplate.DepartmentDigest]: {
    departmentName: DEPARTMENT,
    regionCode: '512002',
    date: '2026-10-09',
    dueSoon: [
      { name: '雁江区阳光托育园', uscc: '91512081MA62K0261C', status: 'awaiting_submission', dueOn: '2026-10-12' },
    ],
    overdue: [{ name: INSTITUTION, uscc: USCC, status: 'overdue', dueOn: '2026-10-08', caseUrl: CASE_URL }],
    awaitingReview: [],
    supervision: [
      {
        kind: 'complaint',
        reference: 'TS20261008K7Q2M9XA',
        institutionName: INSTITUTION,
        topic: '安全隐患 (safety hazard)',
        dueOn: '2026-10-29',
        overdue: false,
      },
    ],
  },
  [NoticeTemplate.RectificationReviewed]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    departmentName: DEPARTMENT,
    reinspectedOn: '2026-12-01',
    closed: false,
    remaining: [{ category: '安全', item: '视频监控录像保存期限', finding: '录像仅保存60日，少于90日' }],
    dueOn: '2026-12-03',
    caseUrl: CASE_URL,
  },
  [NoticeTemplate.RectificationOrdered]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    departmentName: DEPARTMENT,
    inspectedOn: '2026-11-03',
    items: [
      {
        category: '保育规范',
        item: '保育人员与婴幼儿比例',
        finding: '托小班「小一班」2名保育人员照护12名婴幼儿，1:6低于1:5',
      },
      { category: '安全', item: '视频监控录像保存期限', finding: '录像仅保存30日，少于90日' },
    ],
    dueOn: '2026-12-03',
    dueAt: '2026-12-03T23:59:59.999+08:00',
    ...explained('2026-11-03', 30),
    caseUrl: CASE_URL,
  },
  [NoticeTemplate.EvaluationResult]: {
    institutionName: INSTITUTION,
    uscc: USCC,
    departmentName: DEPARTMENT,
    evaluatedOn: '2027-03-10',
    publishedOn: '2027-03-12',
    level: 'B',
    totalScore: 812.5,
    dimensions: [
      { dimension: '办托条件', score: 85, weight: 100 },
      { dimension: '保育照护', score: 80, weight: 200 },
    ],
    vetoed: false,
    vetoes: [],
    publicUrl: 'http://127.0.0.1:3003/public/evaluations?region=512002',
  },
  [NoticeTemplate.ComplaintReceived]: {
    reference: 'TS20261012K7Q2M9XD',
    institutionName: INSTITUTION,
    category: '安全隐患 (safety hazard)',
    receivedOn: '2026-10-12',
    dueOn: '2026-11-02',
    lookupUrl: 'http://127.0.0.1:3003/public/complaints/TS20261012K7Q2M9XD',
  },
  [NoticeTemplate.ComplaintReplied]: {
    reference: 'TS20261012K7Q2M9XD',
    institutionName: INSTITUTION,
    departmentName: DEPARTMENT,
    repliedOn: '2026-10-28',
    reply: '经现场检查，反映的消防通道堵塞问题属实，已责令该机构限期整改，并将复查。',
    lookupUrl: 'http://127.0.0.1:3003/public/complaints/TS20261012K7Q2M9XD',
  },
  [NoticeTemplate.ComplaintAssigned]: {
    departmentName: DEPARTMENT,
    reference: 'TS20261012K7Q2M9XD',
    institutionName: INSTITUTION,
    uscc: USCC,
    institutionIdentified: true,
    category: '安全隐患 (safety hazard)',
    channel: 'hotline_12345',
    hotlineCaseNumber: '12345-2026-1012-0088',
    facts: '二楼消防通道堆放杂物，午睡室没有灭火器。',
    dueOn: '2026-11-02',
    dueAt: '2026-11-02T23:59:59.999+08:00',
    openComplaints: 3,
    caseUrl: 'http://127.0.0.1:3003/complaints/5c1b9a0e-6f1c-4a53-9d7e-1f0c2b7e9a11',
  },
  [NoticeTemplate.IncidentReported]: {
    departmentName: DEPARTMENT,
    institutionName: INSTITUTION,
    uscc: USCC,
    kind: '食物中毒 (food poisoning)',
    severity: '重大 (major)',
    occurredAt: '2026-10-12T11:40:00.000+08:00',
    childrenAffected: 6,
    actionsTaken: '已送医，6名婴幼儿留院观察；已封存留样食品并通知家长。',
    dueOn: '2026-11-11',
    openIncidents: 1,
    caseUrl: 'http://127.0.0.1:3003/incidents/7d2c9a0e-6f1c-4a53-9d7e-1f0c2b7e9a11',
  },
  [NoticeTemplate.IncidentNotReported]: {
    departmentName: DEPARTMENT,
    institutionName: INSTITUTION,
    uscc: USCC,
    kind: '婴幼儿受伤 (injury)',
    severity: '较大 (serious)',
    occurredAt: '2026-10-12T09:15:00.000+08:00',
    reportDueAt: '2026-10-12T21:15:00.000+08:00',
    caseUrl: 'http://127.0.0.1:3003/incidents/8e3d9a0e-6f1c-4a53-9d7e-1f0c2b7e9a11',
  },
  [NoticeTemplate.SignInCode]: { subjectName: INSTITUTION, date: '2026-10-09', code: '482913', validMinutes: 10 },
};
