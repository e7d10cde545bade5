import { Button, Card, Form, Input, InputNumber } from 'antd';
import { ApiError, api } from '../api';
import { SubmitProblems, useFormSubmit } from '../forms/form-submit';
import { useT } from '../i18n';
import { navigate } from '../router';
import { IncidentBasics } from './IncidentBasics';
import { beijingInstant } from './incident-time';
import { Incident } from './supervision-types';

const RECORD_FIELDS = new Set(['uscc', 'kind', 'severity', 'occurredAt', 'childrenAffected', 'description']);

interface RecordForm {
  uscc: string;
  kind: string;
  severity: string;
  occurredAt: string;
  childrenAffected?: number;
  description: string;
}

/**
 * An incident the department learned of elsewhere (a parent, a hospital): recorded against the filed institution,
 * whose own report stays due; past its limit the institution is flagged as not reporting.
 */
export function DepartmentIncidentRecord() {
  const t = useT();
  const { form, busy, problems, submit, onValuesChange } = useFormSubmit<RecordForm, Incident>(
    RECORD_FIELDS,
    async ({ uscc, ...values }) => {
      const subjects = await api<{ id: string }[]>(
        `/api/evaluation/evaluation-subjects?uscc=${encodeURIComponent(uscc)}`,
      );
      if (!subjects.length) {
        const message = t('本辖区没有此统一社会信用代码的已备案机构');
        throw new ApiError(404, message, [{ field: 'uscc', code: 'not_filed', message }]);
      }
      return api<Incident>('/api/evaluation/incidents/department-records', {
        body: { ...values, subjectId: subjects[0].id, occurredAt: beijingInstant(values.occurredAt) },
      });
    },
    (incident) => navigate(`/incidents/${incident.id}`),
  );
  return (
    <Card size="small" title={t('记录获悉的事故')} style={{ marginBottom: 12 }}>
      <Form<RecordForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'injury', severity: 'general' }}
        onFinish={(v) => void submit(v)}
        onValuesChange={onValuesChange}
      >
        <Form.Item
          name="uscc"
          label={t('机构统一社会信用代码')}
          rules={[{ required: true, whitespace: true, message: t('请填写统一社会信用代码') }]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <IncidentBasics />
        <Form.Item name="childrenAffected" label={t('涉及婴幼儿人数（选填）')}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('获悉的情况')}
          rules={[{ required: true, whitespace: true, message: t('请填写获悉的情况') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <SubmitProblems problems={problems} />
        <Button htmlType="submit" block loading={busy}>
          {t('记录')}
        </Button>
      </Form>
    </Card>
  );
}
