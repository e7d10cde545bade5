import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Tag, Typography } from 'antd';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { LinkedInspection } from '../inspection/LinkedInspection';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintAttachments } from './ComplaintAttachments';
import { SignedIn } from './SignedIn';
import { COMPLAINT_CATEGORY_ZH, COMPLAINT_STATUS_ZH, Complaint } from './supervision-types';

/** The department's complaint (the page its email links to): the facts, the contact, attachments, and its actions. */
export function ComplaintPage({ id, path }: { id: string; path: string }) {
  return (
    <SignedIn roles={['department', 'admin']} path={path}>
      <ComplaintDetail id={id} />
    </SignedIn>
  );
}

function ComplaintDetail({ id }: { id: string }) {
  const say = useWording();
  const t = useT();
  const role = useSession().data?.role;
  const query = useQuery({
    queryKey: ['complaint', id],
    queryFn: () => api<Complaint>(`/api/evaluation/complaints/${id}`),
  });
  if (query.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (query.error || !query.data) {
    return (
      <Result
        status="warning"
        title={t('无法打开此投诉')}
        subTitle={query.error && say.failure(query.error)}
        extra={<Button onClick={() => navigate('/supervision')}>{t('投诉与事故一览')}</Button>}
      />
    );
  }
  const c = query.data;
  const contact = [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(' · ');
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('投诉')} {c.reference}
        </Typography.Title>
        <Tag color={c.status === 'replied' ? 'green' : 'blue'} data-testid="complaint-status">
          {t(COMPLAINT_STATUS_ZH[c.status] ?? c.status)}
        </Tag>
        {c.overdue && <Tag color="red">{t('已超期')}</Tag>}
        {c.channel === 'hotline_12345' && (
          <Tag>
            {t('12345转办')} {c.hotlineCaseNumber}
          </Tag>
        )}
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('被投诉机构')}>
            <span data-testid="complaint-institution">{c.institutionName ?? '—'}</span>
            {!c.institutionIdentified && (
              <Tag color="orange" style={{ marginLeft: 4 }}>
                {t('未识别')}
              </Tag>
            )}
          </Descriptions.Item>
          {c.institutionUscc && <Descriptions.Item label={t('信用代码')}>{c.institutionUscc}</Descriptions.Item>}
          <Descriptions.Item label={t('问题类别')}>
            {t(COMPLAINT_CATEGORY_ZH[c.category] ?? c.category)}
          </Descriptions.Item>
          <Descriptions.Item label={t('行政区划')}>{c.regionCode ?? t('待分派')}</Descriptions.Item>
          <Descriptions.Item label={t('受理日期')}>{c.receivedOn}</Descriptions.Item>
          {c.dueOn && <Descriptions.Item label={t('办理期限')}>{c.dueOn} 24:00</Descriptions.Item>}
          <Descriptions.Item label={t('投诉人')}>{c.anonymous ? t('匿名') : contact}</Descriptions.Item>
          {c.repliedOn && <Descriptions.Item label={t('答复日期')}>{c.repliedOn}</Descriptions.Item>}
          {c.inspectionId && <Descriptions.Item label={t('监督检查')}>{c.inspectionId}</Descriptions.Item>}
          {c.rectificationOrderId && (
            <Descriptions.Item label={t('整改通知')}>{c.rectificationOrderId}</Descriptions.Item>
          )}
        </Descriptions>
        <Text title={t('反映的问题')} text={c.facts} testId="complaint-facts" />
        {c.findings && <Text title={t('核查情况')} text={c.findings} testId="complaint-findings" />}
        {c.reply && <Text title={t('答复意见')} text={c.reply} testId="complaint-reply" />}
      </Card>
      <ComplaintAttachments complaintId={c.id} />
      {role && <ComplaintActions complaint={c} role={role} onDone={() => void query.refetch()} />}
      {role === 'department' && c.status === 'open' && c.institutionIdentified && !c.inspectionId && (
        <LinkedInspection
          postTo={`/api/evaluation/complaints/${c.id}/inspections`}
          onDone={() => void query.refetch()}
        />
      )}
    </>
  );
}

function Text({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {title}
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid={testId}>
        {text}
      </Typography.Paragraph>
    </>
  );
}
