import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { type FilingCase, STATUS_ZH } from '../institution/filing-case';
import { navigate } from '../router';
import { useSession } from '../session';
import { Countdown } from './Countdown';
import { LANES, type Lane, type WorkItem, toWorklist } from './worklist';

/** The department's worklist: its region's cases by what is to do, each with its running deadline. */
export default function DepartmentWorklist() {
  const session = useSession().data;
  const [lane, setLane] = useState<Lane | 'open'>('open');
  const filings = useQuery({
    queryKey: ['filings'],
    queryFn: () => api<FilingCase[]>('/api/filing/filings?limit=500'),
  });
  if (filings.error) return <Alert type="error" showIcon message={filings.error.message} />;
  const items = toWorklist(filings.data ?? [], session?.now ?? new Date(0).toISOString());
  const open = items.filter((i) => i.lane !== 'done');
  const shown = lane === 'open' ? open : items.filter((i) => i.lane === lane);
  const overdue = open.filter((i) => i.left !== null && i.left < 0).length;
  return (
    <Card
      title={`备案工作台 · ${session?.region ?? ''}`}
      extra={overdue > 0 && <Tag color="red" data-testid="overdue-count">{`已逾期 ${overdue} 件`}</Tag>}
    >
      <Tabs
        activeKey={lane}
        onChange={(key) => setLane(key as Lane | 'open')}
        items={[
          { key: 'open', label: `全部待办 (${open.length})` },
          ...LANES.map((l) => ({
            key: l.lane,
            label: `${l.label} (${items.filter((i) => i.lane === l.lane).length})`,
          })),
        ]}
      />
      <Table<WorkItem>
        rowKey={(item) => item.filing.id}
        loading={filings.isLoading}
        dataSource={shown}
        size="middle"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(item) => ({
          onClick: () => navigate(`/department/cases/${item.filing.id}`),
          style: { cursor: 'pointer' },
          'data-testid': `work-item-${item.filing.uscc}`,
        })}
        columns={[
          {
            title: '机构名称',
            render: (_, item) => <Typography.Link>{item.filing.name}</Typography.Link>,
          },
          { title: '统一社会信用代码', render: (_, item) => item.filing.uscc },
          {
            title: '状态',
            render: (_, item) => (
              <Tag color={item.lane === 'done' ? 'default' : 'blue'}>
                {STATUS_ZH[item.filing.status] ?? item.filing.status}
              </Tag>
            ),
          },
          { title: '期限', render: (_, item) => (item.dueAt ? `${item.dueLabel} ${item.dueAt.slice(0, 10)}` : '—') },
          { title: '剩余', render: (_, item) => <Countdown left={item.left} /> },
        ]}
      />
    </Card>
  );
}
