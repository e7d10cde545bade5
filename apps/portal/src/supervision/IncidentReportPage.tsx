import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, List, Tag, Typography } from 'antd';
import { api } from '../api';
import { SubmitProblems, useFormSubmit } from '../forms/form-submit';
import { useT } from '../i18n';
import { navigate } from '../router';
import { IncidentBasics } from './IncidentBasics';
import { beijingInstant } from './incident-time';
import { SignedIn } from './SignedIn';
import { INCIDENT_KIND_ZH, INCIDENT_STATUS_ZH, Incident, beijingTime } from './supervision-types';

const REPORT_FIELDS = new Set(['kind', 'severity', 'occurredAt', 'childrenAffected', 'actionsTaken', 'description']);

interface ReportForm {
  kind: string;
  severity: string;
  occurredAt: string;
  childrenAffected: number;
  actionsTaken: string;
  description?: string;
}

/** 安全事故/突发事件报告 by the institution, and the reports it has made. */
export function IncidentReportPage({ path }: { path: string }) {
  return (
    <SignedIn roles={['institution']} path={path}>
      <IncidentReport />
      <OwnIncidents />
    </SignedIn>
  );
}

function IncidentReport() {
  const t = useT();
  const { form, busy, problems, submit, onValuesChange } = useFormSubmit<ReportForm, Incident>(
    REPORT_FIELDS,
    (values) =>
      api<Incident>('/api/evaluation/incidents', {
        body: {
          ...values,
          occurredAt: beijingInstant(values.occurredAt),
          description: values.description || undefined,
        },
      }),
    (incident) => navigate(`/incidents/${incident.id}`),
  );
  return (
    <Card size="small" title={t('安全事故 / 突发事件报告')} style={{ marginBottom: 12 }}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message={t('较大及以上事故须立即报告，卫生健康部门会即时收到通知；一般事故须在24小时内报告。')}
      />
      <Form<ReportForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'injury', severity: 'general', childrenAffected: 1 }}
        onFinish={(v) => void submit(v)}
        onValuesChange={onValuesChange}
      >
        <IncidentBasics />
        <Form.Item
          name="childrenAffected"
          label={t('涉及婴幼儿人数')}
          rules={[{ required: true, message: t('请填写人数') }]}
        >
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} data-testid="incident-children" />
        </Form.Item>
        <Form.Item
          name="actionsTaken"
          label={t('已采取的措施')}
          rules={[{ required: true, whitespace: true, message: t('请填写已采取的措施') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="incident-actions" />
        </Form.Item>
        <Form.Item name="description" label={t('事件经过（选填）')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <SubmitProblems problems={problems} />
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="incident-submit">
          {t('提交报告')}
        </Button>
      </Form>
    </Card>
  );
}

function OwnIncidents() {
  const t = useT();
  const query = useQuery({
    queryKey: ['incidents', 'own'],
    queryFn: () => api<Incident[]>('/api/evaluation/incidents'),
  });
  if (!query.data?.length) return null;
  return (
    <Card size="small" title={t('已报告的事故')}>
      <List
        size="small"
        dataSource={query.data}
        renderItem={(i) => (
          <List.Item onClick={() => navigate(`/incidents/${i.id}`)} style={{ cursor: 'pointer' }}>
            <Typography.Text>
              {beijingTime(i.occurredAt)} {t(INCIDENT_KIND_ZH[i.kind] ?? i.kind)}
            </Typography.Text>
            <Tag>{t(INCIDENT_STATUS_ZH[i.status] ?? i.status)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
