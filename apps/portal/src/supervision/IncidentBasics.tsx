import { Form, Input, Select } from 'antd';
import { useT } from '../i18n';
import { INCIDENT_KIND_ZH, INCIDENT_SEVERITY_ZH, options } from './supervision-types';

/** Kind, severity and time: what both an institution's report and a department's record of an incident name. */
export function IncidentBasics() {
  const t = useT();
  return (
    <>
      <Form.Item name="kind" label={t('事件类型')}>
        <Select options={options(INCIDENT_KIND_ZH, t)} data-testid="incident-kind" />
      </Form.Item>
      <Form.Item name="severity" label={t('事件等级')}>
        <Select options={options(INCIDENT_SEVERITY_ZH, t)} data-testid="incident-severity" />
      </Form.Item>
      <Form.Item
        name="occurredAt"
        label={t('发生时间（北京时间）')}
        rules={[{ required: true, message: t('请填写发生时间') }]}
      >
        <Input type="datetime-local" data-testid="incident-occurred-at" />
      </Form.Item>
    </>
  );
}
