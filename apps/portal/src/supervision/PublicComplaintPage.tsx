import { Alert, Button, Card, Form, Input, Result, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { ComplaintAttachmentUpload } from './ComplaintAttachmentUpload';
import { COMPLAINT_CATEGORY_ZH, ComplaintReceipt, options } from './supervision-types';

// 统一社会信用代码: 18 characters of the GB 32100 alphabet. Anything else typed in the box is the institution's name.
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

interface ComplaintForm {
  name?: string;
  email?: string;
  phone?: string;
  institution: string;
  regionCode?: string;
  category: string;
  facts: string;
}

/** The service's field names, as the form shows them (the institution is one box for its name or its USCC). */
const FORM_FIELD: Record<string, string> = {
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  contact: 'email',
  institutionName: 'institution',
  institutionUscc: 'institution',
};

/** 投诉举报 without an account: anonymous unless a contact is given; the reference is shown at once. */
export function PublicComplaintPage() {
  const t = useT();
  const say = useWording();
  const [anonymous, setAnonymous] = useState(false);
  const [receipt, setReceipt] = useState<ComplaintReceipt>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: ComplaintForm) => {
    setBusy(true);
    setProblems({});
    setFailure(undefined);
    const institution = values.institution.trim();
    const contact = {
      name: values.name || undefined,
      email: values.email || undefined,
      phone: values.phone || undefined,
    };
    try {
      setReceipt(
        await api<ComplaintReceipt>('/api/evaluation/public/complaints', {
          body: {
            contact: anonymous ? undefined : contact,
            ...(USCC.test(institution.toUpperCase())
              ? { institutionUscc: institution.toUpperCase() }
              : { institutionName: institution }),
            regionCode: values.regionCode || undefined,
            category: values.category,
            facts: values.facts,
          },
        }),
      );
    } catch (error) {
      const byField = problemsByField(error, say.problem);
      setProblems(
        Object.fromEntries(Object.entries(byField).map(([field, text]) => [FORM_FIELD[field] ?? field, text])),
      );
      if (!Object.keys(byField).length) setFailure(say.failure(error));
    } finally {
      setBusy(false);
    }
  };
  const help = (field: string) => ({
    validateStatus: problems[field] ? ('error' as const) : undefined,
    help: problems[field],
  });

  if (receipt) return <ComplaintReceived receipt={receipt} anonymous={anonymous} />;
  return (
    <Card title={t('投诉举报')} size="small" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t(
          '向托育机构所在地卫生健康部门反映问题，无需注册。部门在办理期限内答复；留下邮箱可收到受理和答复通知。' +
            '您的联系方式只有办理部门可见，不会公开。',
        )}
      </Typography.Paragraph>
      <Form<ComplaintForm>
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ category: 'safety' }}
        // A problem leaves its field once the person changes that field, as in the portal's other forms.
        onValuesChange={(changed: Partial<ComplaintForm>) =>
          setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in changed))))
        }
      >
        <Form.Item label={t('匿名投诉')}>
          <Switch checked={anonymous} onChange={setAnonymous} data-testid="anonymous" />
          {anonymous && (
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {t('匿名投诉不会收到邮件，请凭受理编号查询')}
            </Typography.Text>
          )}
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item name="name" label={t('您的称呼（选填）')} {...help('name')}>
              <Input maxLength={100} data-testid="contact-name" />
            </Form.Item>
            <Form.Item name="email" label={t('电子邮箱')} {...help('email')}>
              <Input type="email" inputMode="email" maxLength={254} data-testid="contact-email" />
            </Form.Item>
            <Form.Item name="phone" label={t('手机号（选填）')} {...help('phone')}>
              <Input inputMode="tel" maxLength={32} data-testid="contact-phone" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="institution"
          label={t('被投诉机构（名称或统一社会信用代码）')}
          rules={[{ required: true, whitespace: true, message: t('请填写机构名称或统一社会信用代码') }]}
          {...help('institution')}
        >
          <Input maxLength={200} data-testid="institution" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('所在区县行政区划代码（选填）')} {...help('regionCode')}>
          <Input inputMode="numeric" maxLength={6} data-testid="region-code" />
        </Form.Item>
        <Form.Item name="category" label={t('问题类别')} {...help('category')}>
          <Select options={options(COMPLAINT_CATEGORY_ZH, t)} data-testid="category" />
        </Form.Item>
        <Form.Item
          name="facts"
          label={t('反映的问题')}
          rules={[{ required: true, whitespace: true, message: t('请描述您反映的问题') }]}
          {...help('facts')}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="facts" />
        </Form.Item>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="submit-complaint">
          {t('提交投诉')}
        </Button>
      </Form>
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => navigate('/public/complaints/lookup')}>
        {t('已有受理编号？查询办理进度')}
      </Button>
    </Card>
  );
}

function ComplaintReceived({ receipt, anonymous }: { receipt: ComplaintReceipt; anonymous: boolean }) {
  const t = useT();
  return (
    <Card size="small" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Result
        status="success"
        title={t(receipt.duplicate ? '此投诉已受理过' : '投诉已受理')}
        subTitle={
          <>
            {t('受理编号')}
            <Typography.Title level={4} copyable style={{ margin: '4px 0' }} data-testid="complaint-reference">
              {receipt.reference}
            </Typography.Title>
            {t(anonymous ? '请记下受理编号，凭它查询办理进度。' : '请记下受理编号，凭它查询办理进度（邮件中也有）。')}
            {receipt.dueOn && (
              <div>
                {t('办理期限：')}
                {receipt.dueOn}
              </div>
            )}
            {!receipt.institutionIdentified && <div>{t('暂未识别被投诉机构，将由部门核实。')}</div>}
          </>
        }
        extra={
          <Button onClick={() => navigate(`/public/complaints/${receipt.reference}`)} data-testid="to-lookup">
            {t('查询办理进度')}
          </Button>
        }
      />
      <ComplaintAttachmentUpload reference={receipt.reference} />
    </Card>
  );
}
