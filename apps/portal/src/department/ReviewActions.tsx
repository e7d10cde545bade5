import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Popconfirm, Space, Tabs } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useWording } from '../i18n';
import { CorrectionForm, type CorrectionItem } from './CorrectionForm';

/** The department's decision on a submission under review: receipt, correction request, or non-compliance. */
export function ReviewActions({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const say = useWording();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [reasons, setReasons] = useState('');

  const decide = async (path: string, body: unknown = {}) => {
    setBusy(true);
    setProblems({});
    setMessage(undefined);
    try {
      await api(`/api/filing/filings/${caseId}/${path}`, { body });
      await client.invalidateQueries({ queryKey: ['filing', caseId] });
      await client.invalidateQueries({ queryKey: ['filings'] });
    } catch (error) {
      setProblems(problemsByField(error, say.problem));
      setMessage(say.failure(error));
    } finally {
      setBusy(false);
    }
  };
  const lines = reasons
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  return (
    <Card size="small" title="审查决定" style={{ marginBottom: 12 }}>
      {message && <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          {
            key: 'receipt',
            label: '出具备案回执',
            children: (
              <Popconfirm title="材料齐全、符合要求，出具备案回执？" onConfirm={() => void decide('receipt')}>
                <Button type="primary" loading={busy} data-testid="issue-receipt">
                  出具备案回执
                </Button>
              </Popconfirm>
            ),
          },
          {
            key: 'correction',
            label: '一次性告知补正',
            children: (
              <CorrectionForm
                busy={busy}
                problems={problems}
                onSend={(items: CorrectionItem[]) => void decide('correction-request', { items })}
              />
            ),
          },
          {
            key: 'non-compliance',
            label: '不符合备案条件',
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  rows={3}
                  placeholder="每行一条理由（将公示）"
                  value={reasons}
                  onChange={(e) => setReasons(e.target.value)}
                  status={problems.reasons ? 'error' : undefined}
                />
                {problems.reasons && <Alert type="error" message={problems.reasons} />}
                <Popconfirm
                  title="认定不符合备案条件并公示？"
                  onConfirm={() => void decide('non-compliance', { reasons: lines })}
                >
                  <Button danger loading={busy} disabled={lines.length === 0}>
                    认定不符合备案条件
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
