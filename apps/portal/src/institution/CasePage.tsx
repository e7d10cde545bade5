import { useQuery } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { Alert, Button, Card, Descriptions, List, Result, Spin, Statistic, Tag, Typography } from 'antd';
import { api } from '../api';
import { LangContext, useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { DOCUMENT_KINDS, FilingCase, STATUS_ZH, daysLeft } from './filing-case';
import { SubmissionForm } from './SubmissionForm';

const CAN_SUBMIT = new Set(['awaiting_submission', 'correction_requested', 'overdue']);

/** Whom to ask, as the notices say it; on a phone the number dials and the address opens the mail app. */
function DepartmentContact({ department }: { department: NonNullable<FilingCase['department']> }) {
  const { lang } = useContext(LangContext);
  const { name, phone, email } = department;
  const tel = phone && <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>;
  const mail = <a href={`mailto:${email}`}>{email}</a>;
  return (
    <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="department-contact">
      {lang === 'en' ? (
        <>
          Questions: {name}, {tel && <>tel. {tel}, </>}
          {mail}
        </>
      ) : (
        <>
          如有疑问，请联系{name}（{tel && <>电话：{tel}，</>}电子邮箱：{mail}）
        </>
      )}
    </Typography.Paragraph>
  );
}

/** The institution's case: due date in plain Chinese, days left, checklist, the form, status and receipt. */
export function CasePage({ caseId }: { caseId: string }) {
  const say = useWording();
  const t = useT();
  const { lang } = useContext(LangContext);
  const session = useSession().data;
  const [savedStaff, setSavedStaff] = useState<{ name: string; idNumber: string }[]>();
  const query = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => api<FilingCase>(`/api/filing/filings/${caseId}`),
  });
  if (query.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (query.error || !query.data) {
    return (
      <Result
        status="warning"
        title="无法打开此案件"
        subTitle={query.error && say.failure(query.error)}
        extra={<Button onClick={() => navigate('/sign-in')}>{t('登录')}</Button>}
      />
    );
  }
  const filing = query.data;
  // Days left by the platform's clock (the server's), not the phone's.
  // Until the session has answered there is no count: never the phone's own clock.
  const left = session?.now ? daysLeft(filing.dueAt, session.now) : undefined;
  const open = CAN_SUBMIT.has(filing.status);
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="case-name">
          {filing.name}
        </Typography.Title>
        <Tag color={filing.status === 'filed' ? 'green' : open ? 'orange' : 'blue'} data-testid="case-status">
          {STATUS_ZH[filing.status] ?? filing.status}
        </Tag>
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('备案截止')}>
            <span data-testid="due-on">{filing.dueOn} 24:00（北京时间）</span>
          </Descriptions.Item>
          {filing.receiptNumber && (
            <Descriptions.Item label={t('备案回执编号')}>
              <span data-testid="receipt-number">{filing.receiptNumber}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {open && left !== undefined && (
          <Statistic
            title={left >= 0 ? t('剩余天数') : t('已逾期')}
            value={Math.abs(left)}
            suffix="天"
            valueStyle={{ color: left < 3 ? '#cf1322' : undefined }}
          />
        )}
        {/* On a phone's screen what to act on comes first (a correction, a refusal), how the date was computed after. */}
        {filing.status === 'correction_requested' && filing.correction && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            message={`${t('需补正的内容')}（补正期限 ${filing.correction.dueOn ? `${filing.correction.dueOn} 24:00` : '—'}）`}
            description={
              <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="correction-items">
                {filing.correction.items.map((c) => (
                  <li key={c.item}>{`${c.item}：${c.reason}`}</li>
                ))}
              </ul>
            }
          />
        )}
        {filing.nonCompliance && (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            message="不符合备案条件"
            description={filing.nonCompliance.reasons.join('；')}
          />
        )}
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          message={t('期限怎么算')}
          description={
            <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="due-explanation">
              {(lang === 'en' ? filing.dueExplanation : filing.dueExplanationZh).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
        {filing.department && <DepartmentContact department={filing.department} />}
      </Card>
      {open && (
        <Card size="small" title={t('需提交的材料')} style={{ marginBottom: 12 }}>
          <List
            size="small"
            dataSource={['托育机构备案书、备案承诺书（在线填写）', ...DOCUMENT_KINDS.map((d) => d.label)]}
            renderItem={(item) => <List.Item>{item}</List.Item>}
          />
        </Card>
      )}
      {open && session?.readOnly && (
        <Button type="primary" block size="large" onClick={() => navigate('/sign-in')} data-testid="sign-in-to-act">
          {t('登录后办理')}
        </Button>
      )}
      {open && session && !session.readOnly && !savedStaff && (
        <SubmissionForm
          caseId={caseId}
          onSubmitted={(staff) => {
            setSavedStaff(staff);
            void query.refetch();
          }}
        />
      )}
      {savedStaff && (
        <Card size="small" title={t('人员名册')} data-testid="saved-roster">
          {savedStaff.map((member) => (
            <div key={member.idNumber}>
              {member.name} · {member.idNumber}
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
