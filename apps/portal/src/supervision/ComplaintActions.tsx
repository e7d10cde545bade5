import { Alert, Button, Card, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { api } from '../api';
import { SubmitProblems, useFormSubmit } from '../forms/form-submit';
import { useT } from '../i18n';
import type { Role } from '../session';
import { Complaint } from './supervision-types';

type Submit = (values: Record<string, string>) => Promise<void>;

/**
 * What the department does with an open complaint: name the institution (or, for an administrator, the county),
 * record findings, reply (which meets the handling clock and emails the complainant unless anonymous).
 */
export function ComplaintActions({
  complaint,
  role,
  onDone,
}: {
  complaint: Complaint;
  role: Role;
  onDone: () => void;
}) {
  const t = useT();
  if (complaint.status === 'replied') return null;
  const url = `/api/evaluation/complaints/${complaint.id}`;
  const post = (action: string) => async (values: Record<string, string>) => {
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    await api(`${url}/${action}`, { body });
    onDone();
  };
  const department = role === 'department';
  return (
    <>
      {(!complaint.institutionIdentified || (complaint.status === 'unrouted' && role === 'admin')) && (
        <ActionCard
          title={t('指定机构或分派区县')}
          submit={post('assignment')}
          button={t('保存')}
          testId="assign"
          fields={['uscc', 'regionCode']}
        >
          <Form.Item name="uscc" label={t('被投诉机构的统一社会信用代码')}>
            <Input maxLength={18} />
          </Form.Item>
          {role === 'admin' && (
            <Form.Item name="regionCode" label={t('分派至区县（行政区划代码）')}>
              <Input inputMode="numeric" maxLength={6} />
            </Form.Item>
          )}
        </ActionCard>
      )}
      {department && complaint.status === 'open' && (
        <>
          <ActionCard
            title={t('核查情况')}
            submit={post('findings')}
            button={t('保存核查情况')}
            testId="findings"
            fields={['findings']}
            initialValues={{ findings: complaint.findings ?? undefined }}
          >
            <Form.Item name="findings" rules={[{ required: true, whitespace: true, message: t('请填写核查情况') }]}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </ActionCard>
          <ActionCard
            title={t('答复投诉人')}
            submit={post('reply')}
            button={t('答复')}
            testId="reply"
            fields={['reply']}
          >
            <Form.Item name="reply" rules={[{ required: true, whitespace: true, message: t('请填写答复意见') }]}>
              <Input.TextArea rows={4} maxLength={4000} data-testid="reply-text" />
            </Form.Item>
            <Alert
              type="info"
              style={{ marginBottom: 12 }}
              message={t(
                complaint.anonymous ? '匿名投诉：答复不发邮件，投诉人凭受理编号查询。' : '答复将通过邮件发送给投诉人。',
              )}
            />
          </ActionCard>
        </>
      )}
    </>
  );
}

function ActionCard({
  title,
  submit,
  button,
  testId,
  fields,
  children,
  initialValues,
}: {
  title: string;
  submit: Submit;
  button: string;
  testId: string;
  /** The fields the card shows a problem at; the service's other problems show above its button. */
  fields: string[];
  children: ReactNode;
  initialValues?: Record<string, string | undefined>;
}) {
  const form = useFormSubmit(new Set(fields), submit, () => undefined);
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <Form
        form={form.form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void form.submit(v)}
        onValuesChange={form.onValuesChange}
      >
        {children}
        <SubmitProblems problems={form.problems} />
        <Button type="primary" htmlType="submit" block loading={form.busy} data-testid={`${testId}-submit`}>
          {button}
        </Button>
      </Form>
    </Card>
  );
}
