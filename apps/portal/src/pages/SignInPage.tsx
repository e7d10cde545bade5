import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { HOME } from '../routes';
import { Role, Session, useSession } from '../session';

interface Challenge {
  challengeId: string;
  sentTo: string;
  validMinutes: number;
}

/**
 * Sign-in with a one-time code sent to the address on record. From a case link, the case's USCC is filled in; a
 * page that needs a session passes the role it expects and itself to come back to.
 */
export function SignInPage(props: { role?: Role; returnTo?: string }) {
  const t = useT();
  const say = useWording();
  // A problem at its field (the code, the USCC), else one line at the first field.
  const fieldsOr = (field: string, error: unknown) => {
    const byField = problemsByField(error, say.problem);
    return Object.keys(byField).length > 0 ? byField : { [field]: say.failure(error) };
  };
  const client = useQueryClient();
  const linked = useSession().data;
  const [role, setRole] = useState<Role>(props.role ?? linked?.role ?? 'institution');
  const [challenge, setChallenge] = useState<Challenge>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Record<string, string>>();

  const ask = async (values: Record<string, string>) => {
    setBusy(true);
    setProblems({});
    try {
      setChallenge(await api<Challenge>('/portal/sign-in/code', { body: { ...values, role } }));
    } catch (error) {
      setProblems(fieldsOr('role', error));
    } finally {
      setBusy(false);
    }
  };
  const redeem = async (values: { code: string }) => {
    setBusy(true);
    setProblems({});
    try {
      const session = await api<Session>('/portal/sign-in', {
        body: { challengeId: challenge!.challengeId, code: values.code },
      });
      await client.invalidateQueries();
      const back = props.returnTo ?? (linked?.caseId ? `/cases/${linked.caseId}` : HOME[session.role]);
      navigate(back, true);
    } catch (error) {
      setProblems(fieldsOr('code', error));
    } finally {
      setBusy(false);
    }
  };
  const status = (field: string) => (problems[field] ? ('error' as const) : undefined);

  return (
    <Card title={t('登录')} style={{ maxWidth: 420, margin: '24px auto' }}>
      {!challenge ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v: Record<string, string>) => void ask(v)}
          initialValues={{ uscc: linked?.uscc }}
        >
          <Form.Item label={t('身份')} validateStatus={status('role')} help={problems.role}>
            <Select
              value={role}
              onChange={setRole}
              options={[
                { value: 'institution', label: t('托育机构') },
                { value: 'department', label: t('卫生健康部门') },
                { value: 'authority', label: t('登记机关') },
                { value: 'admin', label: t('平台管理员') },
              ]}
            />
          </Form.Item>
          {role === 'institution' && (
            <Form.Item name="uscc" label={t('统一社会信用代码')} validateStatus={status('uscc')} help={problems.uscc}>
              <Input autoComplete="off" maxLength={18} />
            </Form.Item>
          )}
          {(role === 'department' || role === 'authority') && (
            <Form.Item name="region" label={t('行政区划代码')} validateStatus={status('region')} help={problems.region}>
              <Input inputMode="numeric" maxLength={6} />
            </Form.Item>
          )}
          {role === 'authority' && (
            <Form.Item
              name="authorityKind"
              label={t('登记机关类别')}
              validateStatus={status('authorityKind')}
              help={problems.authorityKind}
            >
              <Select
                options={[
                  { value: 'market_regulation', label: '市场监督管理部门' },
                  { value: 'civil_affairs', label: '民政部门' },
                  { value: 'establishment', label: '机构编制部门' },
                  { value: 'approval_bureau', label: '行政审批局' },
                ]}
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('获取验证码')}
          </Button>
        </Form>
      ) : (
        <Form layout="vertical" onFinish={(v: { code: string }) => void redeem(v)}>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message={`${t('验证码已发送至')} ${challenge.sentTo}（${challenge.validMinutes}分钟内有效）`}
          />
          <Form.Item name="code" label={t('验证码')} validateStatus={status('code')} help={problems.code}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
