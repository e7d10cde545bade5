import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { api } from '../api';
import { SubmitProblems } from '../forms/form-submit';
import { SERVICE_TYPES } from './registration-options';
import { useRegistrationSubmit } from './registration-submit';

const FIELDS = new Set([
  'uscc',
  'name',
  'nature',
  'authorityKind',
  'regionCode',
  'address',
  'legalRepresentative.name',
  'legalRepresentative.idNumber',
  'contact.email',
  'contact.phone',
  'businessScope',
  'serviceTypes',
  'capacity',
  'inclusive',
  'approvedOn',
]);

const NATURES = [
  { value: 'forprofit', label: '营利性' },
  { value: 'nonprofit', label: '非营利性（民办非企业）' },
  { value: 'public_institution', label: '事业单位' },
];
const KINDS = [
  { value: 'market_regulation', label: '市场监督管理部门' },
  { value: 'civil_affairs', label: '民政部门' },
  { value: 'establishment', label: '机构编制部门' },
  { value: 'approval_bureau', label: '行政审批局' },
];

async function register(values: Record<string, unknown>): Promise<string> {
  const created = await api<{ uscc: string; sharing: { dueOn: string } }>('/api/registration/registrations', {
    body: values,
  });
  return `已登记 ${created.uscc}，信息共享期限 ${created.sharing.dueOn}`;
}

/** 核准登记: the registration the authority approved; the API's field problems show at each field. */
export function RegistrationForm({ region, today }: { region?: string; today: string }) {
  const { form, busy, problems, submit, onValuesChange } = useRegistrationSubmit(FIELDS, register, [['registrations']]);
  const half = { xs: 24, md: 12 };
  return (
    <Card size="small" title="核准登记">
      <Form
        form={form}
        name="register"
        layout="vertical"
        onFinish={(values: Record<string, unknown>) => void submit(values)}
        onValuesChange={onValuesChange}
        initialValues={{
          regionCode: region,
          nature: 'forprofit',
          authorityKind: 'market_regulation',
          serviceTypes: ['full_day'],
          inclusive: false,
          approvedOn: today,
          businessScope: '3岁以下婴幼儿托育服务',
        }}
      >
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true }]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="name" label="机构名称" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="nature" label="机构性质">
              <Select options={NATURES} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="authorityKind" label="登记机关类别">
              <Select options={KINDS} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="regionCode" label="行政区划代码">
              <Input maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="approvedOn" label="核准登记日期（YYYY-MM-DD）">
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label="住所" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['legalRepresentative', 'name']} label="法定代表人" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name={['legalRepresentative', 'idNumber']}
              label="法定代表人身份证号码"
              rules={[{ required: true }]}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['contact', 'email']} label="联系邮箱（接收备案通知）" rules={[{ required: true }]}>
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['contact', 'phone']} label="联系电话" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="businessScope" label="业务范围（须含托育或婴幼儿照护）">
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="serviceTypes" label="托育服务类型">
              <Checkbox.Group options={SERVICE_TYPES} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="capacity" label="托位数" rules={[{ required: true }]}>
              <InputNumber min={1} max={2000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="inclusive" label="普惠托育" valuePropName="checked">
              <Checkbox>是</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <SubmitProblems problems={problems} />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="register">
          登记并移交卫生健康部门
        </Button>
      </Form>
    </Card>
  );
}
