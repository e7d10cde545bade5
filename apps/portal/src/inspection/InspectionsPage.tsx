import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Drawer, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { shanghaiToday } from '../shanghai-time';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { SubjectSupervision } from './SubjectSupervision';
import { type ScheduleRow, type SubjectSummary, supervisionSchedule } from './supervision-schedule';

/** 监督检查与整改: the region's inspection schedule and open rectification orders, each with its deadline. */
export default function InspectionsPage() {
  const say = useWording();
  const t = useT();
  const session = useSession().data;
  const today = shanghaiToday(session?.now);
  const [filter, setFilter] = useState<'all' | 'rectifying'>('all');
  const [open, setOpen] = useState<SubjectSummary | null>(null);
  const subjects = useQuery({
    queryKey: ['evaluation-subjects'],
    queryFn: () => api<SubjectSummary[]>('/api/evaluation/evaluation-subjects?limit=500'),
  });
  const rows = supervisionSchedule(subjects.data ?? []);
  const rectifying = rows.filter((r) => r.rectificationsOpen > 0);
  const due = (on: string | null) =>
    on ? <Typography.Text type={on < today ? 'danger' : undefined}>{on}</Typography.Text> : '—';
  return (
    <Card
      title={`${t('监督检查与整改')} · ${session?.region ?? ''}`}
      extra={<Button onClick={() => navigate('/department')}>{t('返回备案工作台')}</Button>}
    >
      {subjects.error && <Alert type="error" showIcon message={say.failure(subjects.error)} />}
      <Tabs
        activeKey={filter}
        onChange={(key) => setFilter(key as 'all' | 'rectifying')}
        items={[
          { key: 'all', label: `${t('检查计划')} (${rows.length})` },
          { key: 'rectifying', label: `${t('整改中')} (${rectifying.length})` },
        ]}
      />
      <Table<ScheduleRow>
        rowKey={(r) => r.subject.id}
        size="middle"
        loading={subjects.isLoading}
        dataSource={filter === 'all' ? rows : rectifying}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => setOpen(r.subject),
          style: { cursor: 'pointer' },
          'data-testid': `subject-${r.subject.uscc}`,
        })}
        columns={[
          { title: t('机构名称'), render: (_, r) => <Typography.Link>{r.subject.name}</Typography.Link> },
          { title: t('统一社会信用代码'), render: (_, r) => r.subject.uscc },
          { title: t('下次监督检查'), render: (_, r) => due(r.inspectionDueOn) },
          { title: t('质量评估'), render: (_, r) => due(r.evaluationDueOn) },
          {
            title: t('整改'),
            render: (_, r) =>
              r.rectificationsOpen > 0 ? (
                <>
                  <Tag color={r.rectificationDueOn! < today ? 'red' : 'orange'}>{r.rectificationsOpen}</Tag>
                  {`${t('期限')} ${r.rectificationDueOn}`}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={open?.name} width={720} destroyOnHidden>
        {open && <SubjectSupervision id={open.id} today={today} />}
      </Drawer>
    </Card>
  );
}
