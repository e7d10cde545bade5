import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { shanghaiDay } from '../shanghai-time';
import { type FilingCase, STATUS_ZH } from '../institution/filing-case';
import { navigate } from '../router';
import { useSession } from '../session';
import { Countdown } from './Countdown';
import { departmentFigures } from './statistics';
import { LANES, type Lane, type WorkItem, toWorklist } from './worklist';

// The charts (ECharts) are their own chunk: the worklist shows while they load.
const DepartmentStatistics = lazy(() => import('./DepartmentStatistics'));

/** The department's worklist: its region's cases by what is to do, each with its running deadline. */
export default function DepartmentWorklist() {
  const say = useWording();
  const t = useT();
  const session = useSession().data;
  const [lane, setLane] = useState<Lane | 'open'>('open');
  const filings = useQuery({
    queryKey: ['filings'],
    queryFn: () => api<FilingCase[]>('/api/filing/filings?limit=500'),
  });
  if (filings.error) return <Alert type="error" showIcon message={say.failure(filings.error)} />;
  const now = session?.now ?? new Date(0).toISOString();
  const items = toWorklist(filings.data ?? [], now);
  const open = items.filter((i) => i.lane !== 'done');
  const shown = lane === 'open' ? open : items.filter((i) => i.lane === lane);
  const overdue = open.filter((i) => i.left !== null && i.left < 0).length;
  return (
    <>
      {filings.data && (
        <Suspense fallback={<Skeleton active style={{ marginBottom: 12 }} />}>
          <DepartmentStatistics figures={departmentFigures(items, now)} />
        </Suspense>
      )}
      <Card
        title={`${t('备案工作台')} · ${session?.region ?? ''}`}
        extra={
          <Space>
            {overdue > 0 && <Tag color="red" data-testid="overdue-count">{`${t('已逾期')} ${overdue}`}</Tag>}
            <Button onClick={() => navigate('/department/inspections')} data-testid="open-inspections">
              {t('监督检查与整改')}
            </Button>
          </Space>
        }
      >
        <Tabs
          activeKey={lane}
          onChange={(key) => setLane(key as Lane | 'open')}
          items={[
            { key: 'open', label: `${t('全部待办')} (${open.length})` },
            ...LANES.map((l) => ({
              key: l.lane,
              label: `${t(l.label)} (${items.filter((i) => i.lane === l.lane).length})`,
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
              title: t('机构名称'),
              render: (_, item) => <Typography.Link>{item.filing.name}</Typography.Link>,
            },
            { title: t('统一社会信用代码'), render: (_, item) => item.filing.uscc },
            {
              title: t('状态'),
              render: (_, item) => (
                <Tag color={item.lane === 'done' ? 'default' : 'blue'}>
                  {t(STATUS_ZH[item.filing.status] ?? item.filing.status)}
                </Tag>
              ),
            },
            {
              title: t('期限'),
              render: (_, item) => (item.dueAt ? `${t(item.dueLabel)} ${shanghaiDay(item.dueAt)}` : '—'),
            },
            { title: t('剩余'), render: (_, item) => <Countdown left={item.left} /> },
          ]}
        />
      </Card>
    </>
  );
}
