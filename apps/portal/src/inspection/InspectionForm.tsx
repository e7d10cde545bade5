import {
  Alert,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Typography,
  message,
} from 'antd';
import { api } from '../api';
import { SubmitProblems, useFormSubmit } from '../forms/form-submit';
import { useT, useWording } from '../i18n';
import {
  AGE_GROUPS,
  type AgeGroup,
  type ChecklistItem,
  type InspectionBody,
  type InspectionOutcome,
  inspectionScope,
  useInspectionChecklist,
} from './checklist';

const FIELDS = new Set(['inspectedOn', 'rectificationDueOn']);

interface Values {
  inspectedOn: string;
  items: Record<string, { passed: boolean; note?: string }>;
  classes?: { name: string; ageGroup: AgeGroup; children: number; carers: number }[];
  cctv?: { coversAllChildAreas: boolean; retentionDays: number };
  rectificationDueOn?: string;
}

interface Props {
  postTo: string;
  today: string;
  /** A rectification order's item codes (复查); every item when absent. */
  scope?: string[];
  onDone: (outcome: InspectionOutcome) => void;
}

/**
 * Records a supervision inspection (or a re-inspection of an order's items) at `postTo`: a switch per judgement
 * item of the service's checklist, the classes and CCTV measured, and the rectification deadline when something
 * fails. The API's field problems show at their fields, the rest above the form.
 */
export function InspectionForm(props: Props) {
  const say = useWording();
  const checklist = useInspectionChecklist();
  if (checklist.error) return <Alert type="error" showIcon message={say.failure(checklist.error)} />;
  // The form's initial values name every judged item, so it is built once the checklist is here.
  if (!checklist.data) return <Spin />;
  return <ChecklistInspectionForm {...props} checklist={checklist.data} />;
}

function ChecklistInspectionForm({ postTo, today, scope, onDone, checklist }: Props & { checklist: ChecklistItem[] }) {
  const t = useT();
  const { judged, classes, cctv } = inspectionScope(checklist, scope);
  const { form, busy, problems, submit, onValuesChange } = useFormSubmit(
    FIELDS,
    (values: Values) => {
      const body: InspectionBody = {
        inspectedOn: values.inspectedOn,
        findings: judged.map(({ code }) => ({
          code,
          passed: values.items[code].passed,
          ...(values.items[code].note ? { note: values.items[code].note } : {}),
        })),
        ...(classes ? { classes: values.classes ?? [] } : {}),
        ...(cctv ? { cctv: values.cctv } : {}),
        ...(values.rectificationDueOn ? { rectificationDueOn: values.rectificationDueOn } : {}),
      };
      return api<InspectionOutcome>(postTo, { body });
    },
    (outcome) => {
      void message.success(
        outcome.rectificationOrder
          ? `${t('已责令整改，期限')} ${outcome.rectificationOrder.dueOn}`
          : t('检查合格，已记录'),
      );
      onDone(outcome);
    },
  );
  return (
    <Form<Values>
      form={form}
      name="inspection"
      layout="vertical"
      onFinish={(values) => void submit(values)}
      onValuesChange={onValuesChange}
      initialValues={{
        inspectedOn: today,
        items: Object.fromEntries(judged.map(({ code }) => [code, { passed: true }])),
        classes: [{ name: '', ageGroup: 'toddler_small', children: 0, carers: 0 }],
        cctv: { coversAllChildAreas: true, retentionDays: 90 },
      }}
    >
      <SubmitProblems problems={problems} />
      <Form.Item name="inspectedOn" label={`${t('检查日期')}（YYYY-MM-DD）`}>
        <Input style={{ maxWidth: 200 }} />
      </Form.Item>
      {judged.map((item) => (
        <Row key={item.code} gutter={8} align="middle" style={{ marginBottom: 8 }} data-testid={`item-${item.code}`}>
          <Col flex="none">
            <Form.Item name={['items', item.code, 'passed']} valuePropName="checked" noStyle>
              <Switch checkedChildren={t('合格')} unCheckedChildren={t('不合格')} />
            </Form.Item>
          </Col>
          <Col flex="auto">
            <Typography.Text type="secondary">{t(item.category)}</Typography.Text> {item.title}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['items', item.code, 'note']} noStyle>
              <Input placeholder={t('发现的问题')} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      ))}
      {classes && (
        <Form.List name="classes">
          {(rows, { add, remove }) => (
            <Form.Item label={t('班级（核对师生比与班级规模）')}>
              {rows.map((row) => (
                <Space key={row.key} wrap style={{ marginBottom: 8 }}>
                  <Form.Item name={[row.name, 'name']} noStyle>
                    <Input placeholder={t('班级名称')} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'ageGroup']} noStyle>
                    <Select style={{ width: 120 }} options={AGE_GROUPS.map((g) => ({ ...g, label: t(g.label) }))} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'children']} noStyle>
                    <InputNumber min={0} addonAfter={t('名幼儿')} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'carers']} noStyle>
                    <InputNumber min={0} addonAfter={t('名保育人员')} style={{ width: 170 }} />
                  </Form.Item>
                  {rows.length > 1 && <Button onClick={() => remove(row.name)}>{t('删除')}</Button>}
                </Space>
              ))}
              <Button onClick={() => add({ name: '', ageGroup: 'toddler_small', children: 0, carers: 0 })}>
                {t('添加班级')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      )}
      {cctv && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Form.Item name={['cctv', 'coversAllChildAreas']} valuePropName="checked" label={t('监控覆盖所有活动区域')}>
            <Switch />
          </Form.Item>
          <Form.Item name={['cctv', 'retentionDays']} label={t('录像保存天数')}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
      )}
      <Form.Item name="rectificationDueOn" label={`${t('整改期限（有不合格项时必填，YYYY-MM-DD）')}`}>
        <Input style={{ maxWidth: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="record-inspection">
        {t('记录检查')}
      </Button>
    </Form>
  );
}
