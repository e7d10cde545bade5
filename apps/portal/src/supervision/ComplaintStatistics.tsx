import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { api } from '../api';
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
  const query = useQuery({
    queryKey: ['complaints', 'statistics'],
    queryFn: () => api<StatisticsRow[]>('/api/evaluation/complaints/statistics'),
  });
  return (
    <Card size="small" title="投诉统计（按区县、类别）" style={{ marginBottom: 12 }}>
      <Table<StatisticsRow>
        size="small"
        pagination={false}
        scroll={{ x: true }}
        loading={query.isLoading}
        locale={{ emptyText: query.error ? query.error.message : '暂无投诉' }}
        dataSource={query.data ?? []}
        rowKey={(r) => `${r.regionCode ?? '-'}:${r.category}`}
        columns={[
          { title: '区县', dataIndex: 'regionCode', render: (code: string | null) => code ?? '待分派' },
          { title: '类别', dataIndex: 'category', render: (c: string) => COMPLAINT_CATEGORY_ZH[c] ?? c },
          { title: '受理', dataIndex: 'received' },
          { title: '办理中', dataIndex: 'open' },
          { title: '已答复', dataIndex: 'replied' },
          { title: '超期', dataIndex: 'overdue' },
        ]}
      />
    </Card>
  );
}
