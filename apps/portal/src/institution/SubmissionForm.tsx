import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { DOCUMENT_KINDS } from './filing-case';
import { uploadDocument } from './documents';

interface StaffRow {
  name: string;
  idNumber: string;
  role: string;
  qualification?: string;
  healthCertificate: boolean;
}

// The fields this form shows a problem at; any other problem is listed above the submit button.
const AT_FIELDS = new Set([
  'materials.filingFormConfirmed',
  'materials.commitmentConfirmed',
  'materials.premises.leaseYears',
  'materials.healthEvaluation.result',
  'materials.healthEvaluation.reportNumber',
  'materials.fireSafety.number',
  'materials.foodLicenseNumber',
  'staff',
  'documents',
]);
const AT_STAFF_ROW = /^staff\.\d+\.(name|idNumber|healthCertificate)$/;

const ROLES = [
  { value: 'director', label: '负责人' },
  { value: 'carer', label: '保育人员' },
  { value: 'health_worker', label: '卫生保健人员' },
  { value: 'cook', label: '炊事人员' },
  { value: 'security', label: '安保人员' },
  { value: 'other', label: '其他' },
];

/** The filing form: materials, staff roster, documents. Field problems from the API show at their fields. */
export function SubmissionForm({ caseId, onSubmitted }: { caseId: string; onSubmitted: (staff: StaffRow[]) => void }) {
  const t = useT();
  const say = useWording();
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: { materials: Record<string, unknown>; staff: StaffRow[] }) => {
    setBusy(true);
    setProblems({});
    setMessage(undefined);
    try {
      // One at a time: on a phone connection, parallel uploads of scans mostly compete for the same bandwidth.
      const documents: string[] = [];
      for (const [kind, file] of Object.entries(files))
        if (file) documents.push(await uploadDocument(caseId, kind, file));
      const result = await api<{ status: string; staff: StaffRow[] }>(`/api/filing/filings/${caseId}/submission`, {
        body: { materials: values.materials, staff: values.staff, documents },
      });
      onSubmitted(result.staff);
    } catch (error) {
      setProblems(problemsByField(error, say.problem));
      setMessage(say.failure(error));
    } finally {
      setBusy(false);
    }
  };
  const at = (field: string) => (problems[field] ? { validateStatus: 'error' as const, help: problems[field] } : {});
  const elsewhere = Object.entries(problems).filter(([field]) => !AT_FIELDS.has(field) && !AT_STAFF_ROW.test(field));

  return (
    <Card size="small" title={t('提交备案')}>
      <Form
        layout="vertical"
        onFinish={(v) => void submit(v as { materials: Record<string, unknown>; staff: StaffRow[] })}
        initialValues={{
          materials: {
            // Unticked is false, not absent: the service then checks every material rule in one answer.
            filingFormConfirmed: false,
            commitmentConfirmed: false,
            premises: { ownership: 'leased' },
            healthEvaluation: { result: 'qualified' },
            fireSafety: { kind: 'inspection_certificate' },
            mealsServed: false,
          },
          staff: [{ role: 'director', healthCertificate: true }],
        }}
      >
        <Form.Item
          name={['materials', 'filingFormConfirmed']}
          valuePropName="checked"
          {...at('materials.filingFormConfirmed')}
        >
          <Checkbox data-testid="form-confirmed">已在线填写并确认托育机构备案书</Checkbox>
        </Form.Item>
        <Form.Item
          name={['materials', 'commitmentConfirmed']}
          valuePropName="checked"
          {...at('materials.commitmentConfirmed')}
        >
          <Checkbox data-testid="commitment-confirmed">已阅读并签署备案承诺书</Checkbox>
        </Form.Item>
        <Form.Item label="场地" name={['materials', 'premises', 'ownership']}>
          <Radio.Group
            options={[
              { value: 'owned', label: '自有产权' },
              { value: 'leased', label: '租赁' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="租赁年限"
          name={['materials', 'premises', 'leaseYears']}
          {...at('materials.premises.leaseYears')}
        >
          <InputNumber min={0} max={99} style={{ width: '100%' }} data-testid="lease-years" />
        </Form.Item>
        <Form.Item
          label="卫生评价结果"
          name={['materials', 'healthEvaluation', 'result']}
          {...at('materials.healthEvaluation.result')}
        >
          <Radio.Group
            options={[
              { value: 'qualified', label: '合格' },
              { value: 'unqualified', label: '不合格' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="卫生评价报告编号"
          name={['materials', 'healthEvaluation', 'reportNumber']}
          {...at('materials.healthEvaluation.reportNumber')}
        >
          <Input data-testid="health-report" />
        </Form.Item>
        <Form.Item label="消防证明类型" name={['materials', 'fireSafety', 'kind']}>
          <Select
            options={[
              { value: 'inspection_certificate', label: '消防安全检查合格证明' },
              { value: 'acceptance_opinion', label: '消防验收意见书' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="消防安全检查合格证明编号"
          name={['materials', 'fireSafety', 'number']}
          {...at('materials.fireSafety.number')}
        >
          <Input data-testid="fire-number" />
        </Form.Item>
        <Form.Item name={['materials', 'mealsServed']} valuePropName="checked">
          <Checkbox>提供餐食</Checkbox>
        </Form.Item>
        <Form.Item
          label="食品经营许可证编号（提供餐食的）"
          name={['materials', 'foodLicenseNumber']}
          {...at('materials.foodLicenseNumber')}
        >
          <Input />
        </Form.Item>

        <Form.List name="staff">
          {(fields, { add, remove }) => (
            <Card size="small" type="inner" title={t('人员名册')} style={{ marginBottom: 12 }}>
              {problems.staff && <Alert type="error" showIcon message={problems.staff} style={{ marginBottom: 8 }} />}
              {fields.map((field) => (
                <Space
                  key={field.key}
                  direction="vertical"
                  style={{ width: '100%', borderBottom: '1px solid #f0f0f0', marginBottom: 8 }}
                >
                  <Form.Item label="姓名" name={[field.name, 'name']} {...at(`staff.${field.name}.name`)}>
                    <Input data-testid={`staff-${field.name}-name`} />
                  </Form.Item>
                  <Form.Item label="身份证号码" name={[field.name, 'idNumber']} {...at(`staff.${field.name}.idNumber`)}>
                    <Input maxLength={18} autoComplete="off" data-testid={`staff-${field.name}-id`} />
                  </Form.Item>
                  <Form.Item label="岗位" name={[field.name, 'role']}>
                    <Select options={ROLES} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'healthCertificate']}
                    valuePropName="checked"
                    {...at(`staff.${field.name}.healthCertificate`)}
                  >
                    <Checkbox>持有健康合格证明</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(field.name)}>删除此人</Button>}
                </Space>
              ))}
              <Button onClick={() => add({ role: 'carer', healthCertificate: true })} data-testid="add-staff">
                添加人员
              </Button>
            </Card>
          )}
        </Form.List>

        <Card size="small" type="inner" title={t('材料文件')} style={{ marginBottom: 12 }}>
          {problems.documents && (
            <Alert
              type="error"
              showIcon
              message={problems.documents}
              style={{ marginBottom: 8 }}
              data-testid="documents-problem"
            />
          )}
          {DOCUMENT_KINDS.map(({ kind, label }) => (
            <Form.Item key={kind} label={label}>
              <Upload
                accept="application/pdf,image/jpeg,image/png"
                maxCount={1}
                beforeUpload={(file) => {
                  setFiles((current) => ({ ...current, [kind]: file }));
                  return false;
                }}
                onRemove={() => setFiles((current) => ({ ...current, [kind]: undefined }))}
                fileList={files[kind] ? [{ uid: kind, name: files[kind].name, status: 'done' } as UploadFile] : []}
              >
                <Button data-testid={`upload-${kind}`}>选择文件</Button>
              </Upload>
            </Form.Item>
          ))}
        </Card>
        {message && (
          <Alert
            type="error"
            showIcon
            message={message}
            description={elsewhere.length > 0 && elsewhere.map(([field, text]) => `${field}：${text}`).join('；')}
            style={{ marginBottom: 12 }}
            data-testid="submission-problem"
          />
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="submit-filing">
          {t('提交备案')}
        </Button>
      </Form>
    </Card>
  );
}
