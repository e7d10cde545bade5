import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Result, Spin, Tag, Typography } from 'antd';
import { ApiError, api } from '../api';
import { SubmitProblems, useFormSubmit } from '../forms/form-submit';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { SignedIn } from './SignedIn';
import { INCIDENT_KIND_ZH, INCIDENT_SEVERITY_ZH, INCIDENT_STATUS_ZH, Incident, beijingTime } from './supervision-types';
import { LinkedInspection } from '../inspection/LinkedInspection';

/** An incident (the page its email links to): the report, its lateness, the follow-up deadline and the conclusion. */
export function IncidentPage({ id, path }: { id: string; path: string }) {
  return (
    <SignedIn roles={['department', 'admin', 'institution']} path={path}>
      <IncidentDetail id={id} />
    </SignedIn>
  );
}

function IncidentDetail({ id }: { id: string }) {
  const say = useWording();
  const t = useT();
  const role = useSession().data?.role;
  const query = useQuery({
    queryKey: ['incident', id],
    queryFn: () => api<Incident>(`/api/evaluation/incidents/${id}`),
  });
  if (query.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (query.error || !query.data) {
    return (
      <Result status="warning" title={t('无法打开此事故报告')} subTitle={query.error && say.failure(query.error)} />
    );
  }
  const i = query.data;
  const serious = i.severity !== 'general';
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="incident-institution">
          {i.institutionName}
        </Typography.Title>
        <Tag color={serious ? 'red' : 'orange'}>{t(INCIDENT_SEVERITY_ZH[i.severity] ?? i.severity)}</Tag>
        <Tag color={i.status === 'concluded' ? 'green' : 'blue'} data-testid="incident-status">
          {t(INCIDENT_STATUS_ZH[i.status] ?? i.status)}
        </Tag>
        {i.reportedLate && <Tag color="red">{t('迟报')}</Tag>}
        {i.notReported && <Tag color="red">{t('逾期未报')}</Tag>}
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('事件类型')}>{t(INCIDENT_KIND_ZH[i.kind] ?? i.kind)}</Descriptions.Item>
          <Descriptions.Item label={t('发生时间')}>{beijingTime(i.occurredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('涉及婴幼儿')}>
            {i.childrenAffected ?? '—'} {t('名')}
          </Descriptions.Item>
          <Descriptions.Item label={t('统一社会信用代码')}>{i.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('报告来源')}>
            <span data-testid="incident-source">{t(i.source === 'institution' ? '机构报告' : '部门获悉')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('报告时间')}>
            {i.reportedAt ? beijingTime(i.reportedAt) : t('未报告')}
          </Descriptions.Item>
          <Descriptions.Item label={t('报告时限')}>{beijingTime(i.reportDueAt)}</Descriptions.Item>
          {i.followUpDueOn && <Descriptions.Item label={t('跟进期限')}>{i.followUpDueOn} 24:00</Descriptions.Item>}
          {i.inspectionId && <Descriptions.Item label={t('监督检查')}>{i.inspectionId}</Descriptions.Item>}
          {i.rectificationOrderId && (
            <Descriptions.Item label={t('整改通知')}>{i.rectificationOrderId}</Descriptions.Item>
          )}
          {i.concludedOn && <Descriptions.Item label={t('办结日期')}>{i.concludedOn}</Descriptions.Item>}
          {i.banIds.length > 0 && (
            <Descriptions.Item label={t('从业禁止')}>
              {i.banIds.length} {t('项')}
            </Descriptions.Item>
          )}
        </Descriptions>
        {i.description && <Paragraph title={t('事件经过')} text={i.description} />}
        {i.actionsTaken && <Paragraph title={t('已采取的措施')} text={i.actionsTaken} />}
        {i.conclusion && <Paragraph title={t('调查结论')} text={i.conclusion} testId="incident-conclusion" />}
      </Card>
      {role === 'department' && i.status === 'open' && !i.inspectionId && (
        <LinkedInspection
          postTo={`/api/evaluation/incidents/${i.id}/inspections`}
          onDone={() => void query.refetch()}
        />
      )}
      {role === 'department' && i.status === 'open' && <Conclusion id={i.id} onDone={() => void query.refetch()} />}
      {role === 'institution' && (
        <Button block onClick={() => navigate('/incidents/new')}>
          {t('报告新的事故')}
        </Button>
      )}
    </>
  );
}

function Paragraph({ title, text, testId }: { title: string; text: string; testId?: string }) {
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

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

interface ConclusionForm {
  conclusion: string;
  bans?: string;
}

// The service names the ban ids it refuses (banIds.0); the form has them as lines of one field.
function atBansField(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = error.errors.map((p) => (p.field.startsWith('banIds') ? { ...p, field: 'bans' } : p));
  return new ApiError(error.status, error.message, errors);
}

/** 调查结论: meets the follow-up deadline; bans are recorded first (从业禁止) and named here by their ids. */
function Conclusion({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const { form, busy, problems, submit, onValuesChange } = useFormSubmit<ConclusionForm, void>(
    new Set(['conclusion', 'bans']),
    async (values) => {
      const banIds = values.bans?.match(UUID) ?? [];
      await api(`/api/evaluation/incidents/${id}/conclusion`, {
        body: { conclusion: values.conclusion, ...(banIds.length ? { banIds } : {}) },
      }).catch((error: unknown) => {
        throw atBansField(error);
      });
    },
    onDone,
  );
  return (
    <Card size="small" title={t('调查结论')} style={{ marginBottom: 12 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={onValuesChange}>
        <Form.Item name="conclusion" rules={[{ required: true, whitespace: true, message: t('请填写调查结论') }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="conclusion-text" />
        </Form.Item>
        <Form.Item name="bans" label={t('因本事故记录的从业禁止编号（选填，每行一个）')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <SubmitProblems problems={problems} />
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="conclude-submit">
          {t('办结')}
        </Button>
      </Form>
    </Card>
  );
}
