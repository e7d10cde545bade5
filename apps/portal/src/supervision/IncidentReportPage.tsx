import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { IncidentBasics } from './IncidentBasics';
import { beijingInstant } from './incident-time';
import { SignedIn } from './SignedIn';
import { INCIDENT_KIND_ZH, INCIDENT_STATUS_ZH, Incident, beijingTime } from './supervision-types';

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
  const say = useWording();
  const [form] = Form.useForm<ReportForm>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const report = async (values: ReportForm) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const occurredAt = beijingInstant(values.occurredAt);
      const incident = await api<Incident>('/api/evaluation/incidents', {
        body: { ...values, occurredAt, description: values.description || undefined },
      });
      navigate(`/incidents/${incident.id}`);
    } catch (error) {
      const problems = problemsByField(error, say.problem);
      form.setFields(
        Object.entries(problems).map(([name, message]) => ({ name: name as keyof ReportForm, errors: [message] })),
      );
      if (!Object.keys(problems).length) setFailure(say.failure(error));
    } finally {
      setBusy(false);
    }
  };
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
        onFinish={(v) => void report(v)}
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
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
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
