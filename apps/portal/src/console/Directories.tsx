import { Alert, Button, Card, Col, Form, Input, Row, Select, message } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { showFieldErrors } from '../authority/field-errors';

const KINDS = [
  { value: 'market_regulation', label: '市场监督管理部门' },
  { value: 'civil_affairs', label: '民政部门' },
  { value: 'establishment', label: '机构编制部门' },
  { value: 'approval_bureau', label: '行政审批局' },
];
const FIELDS = new Set(['name', 'email']);

/** One directory entry: look it up by region (and kind), change its name and address, save. */
function DirectoryEntry({ title, path }: { title: string; path: (v: Record<string, string>) => string }) {
  const [form] = Form.useForm<Record<string, string>>();
  const [problem, setProblem] = useState<string>();
  const run = async (load: boolean) => {
    setProblem(undefined);
    const values = form.getFieldsValue();
    try {
      const url = path(values);
      if (load) form.setFieldsValue(await api<{ name: string; email: string }>(url));
      else {
        await api(url, { method: 'PUT', body: { name: values.name, email: values.email } });
        void message.success('已保存');
      }
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS).join('；') || undefined);
    }
  };
  return (
    <Card size="small" title={title}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'market_regulation' }}>
        <Row gutter={8}>
          <Col span={8}>
            <Form.Item name="region" label="行政区划代码">
              <Input maxLength={6} />
            </Form.Item>
          </Col>
          {title.includes('登记') && (
            <Col span={16}>
              <Form.Item name="kind" label="类别">
                <Select options={KINDS} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="name" label="名称">
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="email" label="邮箱（登录验证码与通知发往此处）">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} />}
        <Button onClick={() => void run(true)} style={{ marginRight: 8 }}>
          查询
        </Button>
        <Button type="primary" onClick={() => void run(false)}>
          保存
        </Button>
      </Form>
    </Card>
  );
}

/** The department and registration-authority directories (who is reached, and who may sign in, for a county). */
export function Directories() {
  return (
    <Row gutter={12}>
      <Col span={12}>
        <DirectoryEntry title="卫生健康部门名录" path={(v) => `/api/filing/departments/${v.region ?? ''}`} />
      </Col>
      <Col span={12}>
        <DirectoryEntry
          title="登记机关名录"
          path={(v) => `/api/registration/authorities/${v.region ?? ''}/${v.kind ?? ''}`}
        />
      </Col>
    </Row>
  );
}
