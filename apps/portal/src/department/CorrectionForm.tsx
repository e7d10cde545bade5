import { Button, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { DOCUMENT_KINDS } from '../institution/filing-case';

/** What a correction can name: each document kind and the online forms. */
const CHECKLIST = [
  { item: '托育机构备案书', hint: '在线填写的备案书' },
  { item: '备案承诺书', hint: '签署的承诺书' },
  { item: '人员名册', hint: '工作人员信息' },
  ...DOCUMENT_KINDS.map((d) => ({ item: d.label, hint: '' })),
];

export interface CorrectionItem {
  item: string;
  reason: string;
}

/** 一次性告知补正: tick everything to correct and say why, all at once. */
export function CorrectionForm(props: {
  busy: boolean;
  problems: Record<string, string>;
  onSend: (items: CorrectionItem[]) => void;
}) {
  const [reasons, setReasons] = useState<Record<string, string | undefined>>({});
  const checked = Object.entries(reasons).filter(([, reason]) => reason !== undefined);
  const toggle = (item: string, on: boolean) =>
    setReasons((current) => ({ ...current, [item]: on ? (current[item] ?? '') : undefined }));
  return (
    <Form
      layout="vertical"
      onFinish={() => props.onSend(checked.map(([item, reason]) => ({ item, reason: reason ?? '' })))}
    >
      {CHECKLIST.map(({ item }, index) => {
        const at = checked.findIndex(([name]) => name === item);
        const problem =
          at >= 0 ? (props.problems[`items.${at}.reason`] ?? props.problems[`items.${at}.item`]) : undefined;
        return (
          <Space key={item} direction="vertical" style={{ width: '100%', marginBottom: 4 }}>
            <span data-testid={`correction-check-${index}`}>
              <Checkbox checked={reasons[item] !== undefined} onChange={(e) => toggle(item, e.target.checked)}>
                {item}
              </Checkbox>
            </span>
            {reasons[item] !== undefined && (
              <Form.Item validateStatus={problem ? 'error' : undefined} help={problem} style={{ marginBottom: 8 }}>
                <Input
                  placeholder="需补正的原因"
                  value={reasons[item]}
                  onChange={(e) => setReasons((current) => ({ ...current, [item]: e.target.value }))}
                  data-testid={`correction-reason-${index}`}
                />
              </Form.Item>
            )}
          </Space>
        );
      })}
      <Form.Item validateStatus={props.problems.items ? 'error' : undefined} help={props.problems.items}>
        <Button
          htmlType="submit"
          type="primary"
          loading={props.busy}
          disabled={checked.length === 0}
          data-testid="send-correction"
        >
          {`发出补正告知（${checked.length} 项）`}
        </Button>
      </Form.Item>
    </Form>
  );
}
