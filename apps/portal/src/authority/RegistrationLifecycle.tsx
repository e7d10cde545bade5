import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Tabs } from 'antd';
import { api } from '../api';
import { SubmitProblems } from '../forms/form-submit';
import { useT } from '../i18n';
import { SERVICE_TYPES } from './registration-options';
import { useRegistrationSubmit } from './registration-submit';

const CHANGE_FIELDS = new Set([
  'changedOn',
  'name',
  'address',
  'legalRepresentativeName',
  'contactEmail',
  'serviceTypes',
  'capacity',
]);
const CANCEL_FIELDS = new Set(['cancelledOn', 'reason']);

/** Only what the authority filled in is a change: an empty input means "unchanged". */
function filled(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** 变更登记 and 注销 of an active registration, as the authority approved them. */
export function RegistrationLifecycle({ id, today }: { id: string; today: string }) {
  const t = useT();
  // The registration and the list both show what a change or a cancellation recorded.
  const refresh = [['registration', id], ['registrations']];
  const change = useRegistrationSubmit(
    CHANGE_FIELDS,
    async (values) => {
      await api(`/api/registration/registrations/${id}`, { method: 'PATCH', body: filled(values) });
      return t('已记录变更登记，机构须在15日内办理变更备案');
    },
    refresh,
  );
  const cancel = useRegistrationSubmit(
    CANCEL_FIELDS,
    async (values) => {
      await api(`/api/registration/registrations/${id}/cancellation`, { body: filled(values) });
      return t('已记录注销登记，备案案件随之关闭');
    },
    refresh,
  );
  return (
    <Card size="small" style={{ marginTop: 12 }}>
      <Tabs
        items={[
          {
            key: 'change',
            label: t('变更登记'),
            children: (
              <Form
                form={change.form}
                name="change"
                layout="vertical"
                initialValues={{ changedOn: today }}
                onFinish={(v: Record<string, unknown>) => void change.submit(v)}
                onValuesChange={change.onValuesChange}
                data-testid="change-form"
              >
                <SubmitProblems problems={change.problems} />
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item name="changedOn" label={`${t('变更核准日期')}（YYYY-MM-DD）`}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="name" label={t('新名称')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="legalRepresentativeName" label={t('新法定代表人')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="address" label={t('新住所')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name="capacity" label={t('新托位数')}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name="contactEmail" label={t('新联系邮箱')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="serviceTypes" label={t('新服务类型')}>
                      <Select mode="multiple" options={SERVICE_TYPES.map((s) => ({ ...s, label: t(s.label) }))} />
                    </Form.Item>
                  </Col>
                </Row>
                <Button type="primary" htmlType="submit" loading={change.busy} data-testid="record-change">
                  {t('记录变更')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'cancel',
            label: t('注销登记'),
            children: (
              <Form
                form={cancel.form}
                name="cancel"
                layout="vertical"
                initialValues={{ cancelledOn: today }}
                onFinish={(v: Record<string, unknown>) => void cancel.submit(v)}
                onValuesChange={cancel.onValuesChange}
                data-testid="cancel-form"
              >
                <SubmitProblems problems={cancel.problems} />
                <Form.Item name="cancelledOn" label={`${t('注销日期')}（YYYY-MM-DD）`}>
                  <Input style={{ maxWidth: 200 }} />
                </Form.Item>
                <Form.Item name="reason" label={t('注销原因')}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
                <Button danger htmlType="submit" loading={cancel.busy} data-testid="record-cancellation">
                  {t('记录注销')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </Card>
  );
}
