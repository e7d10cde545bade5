import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { COMPLAINT_CATEGORY_ZH } from './supervision-types';

interface StatisticsRow {
  regionCode: string | null;
  category: string;
  received: number;
  open: number;
  replied: number;
  overdue: number;
  unrouted: number;
}

/** Complaints per region and category (received, open, replied, overdue, unrouted), as the service counts them. */
export function ComplaintStatistics() {
  const say = useWording();
  const t = useT();
  const query = useQuery({
    queryKey: ['complaints', 'statistics'],
    queryFn: () => api<StatisticsRow[]>('/api/evaluation/complaints/statistics'),
  });
  return (
    <Card size="small" title={t('投诉统计（按区县、类别）')} style={{ marginBottom: 12 }}>
      <Table<StatisticsRow>
        size="small"
        pagination={false}
        scroll={{ x: true }}
        loading={query.isLoading}
        locale={{ emptyText: query.error ? say.failure(query.error) : t('暂无投诉') }}
        dataSource={query.data ?? []}
        rowKey={(r) => `${r.regionCode ?? '-'}:${r.category}`}
        columns={[
          { title: t('区县'), dataIndex: 'regionCode', render: (code: string | null) => code ?? t('待分派') },
          { title: t('类别'), dataIndex: 'category', render: (c: string) => t(COMPLAINT_CATEGORY_ZH[c] ?? c) },
          { title: t('受理'), dataIndex: 'received' },
          { title: t('办理中'), dataIndex: 'open' },
          { title: t('已答复'), dataIndex: 'replied' },
          { title: t('超期'), dataIndex: 'overdue' },
        ]}
      />
    </Card>
  );
}
