import { Form, Input, Select } from 'antd';
import { INCIDENT_KIND_ZH, INCIDENT_SEVERITY_ZH, options } from './supervision-types';

/** Kind, severity and time: what both an institution's report and a department's record of an incident name. */
export function IncidentBasics() {
  return (
    <>
      <Form.Item name="kind" label="事件类型">
        <Select options={options(INCIDENT_KIND_ZH)} data-testid="incident-kind" />
      </Form.Item>
      <Form.Item name="severity" label="事件等级">
        <Select options={options(INCIDENT_SEVERITY_ZH)} data-testid="incident-severity" />
      </Form.Item>
      <Form.Item name="occurredAt" label="发生时间（北京时间）" rules={[{ required: true, message: '请填写发生时间' }]}>
        <Input type="datetime-local" data-testid="incident-occurred-at" />
      </Form.Item>
    </>
  );
}
