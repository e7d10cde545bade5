import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Statistic, Table } from 'antd';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { DEADLINE_KIND_ZH, DEADLINE_OWNERS, type OverviewRow } from './deadline-kinds';

/** Open deadlines of every service by kind and region: open, due within 7 days, breached (worst first). */
export function DeadlineOverview() {
  const say = useWording();
  const t = useT();
  const overview = useQuery({
    queryKey: ['deadline-overview'],
    queryFn: async () => {
      const answers = await Promise.all(
        DEADLINE_OWNERS.map((service) => api<{ rows: OverviewRow[] }>(`/api/${service}/deadlines/overview`)),
      );
      return answers.flatMap((answer) => answer.rows);
    },
  });
  const rows = [...(overview.data ?? [])].sort(
    (a, b) => b.breached - a.breached || b.dueWithin7Days - a.dueWithin7Days || a.kind.localeCompare(b.kind),
  );
  const total = (pick: (row: OverviewRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return (
    <Card
      size="small"
      title={t('期限总览')}
      extra={
        <Button
          size="small"
          onClick={() => void overview.refetch()}
          loading={overview.isFetching}
          data-testid="refresh-overview"
        >
          {t('刷新')}
        </Button>
      }
    >
      {overview.error && <Alert type="error" showIcon message={say.failure(overview.error)} />}
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={8}>
          <Statistic title={t('进行中')} value={total((r) => r.open)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('7日内到期')} value={total((r) => r.dueWithin7Days)} valueStyle={{ color: '#d46b08' }} />
        </Col>
        <Col span={8}>
          <span data-testid="breached-total" data-count={total((r) => r.breached)}>
            <Statistic title={t('已超期')} value={total((r) => r.breached)} valueStyle={{ color: '#cf1322' }} />
          </span>
        </Col>
      </Row>
      <Table<OverviewRow>
        size="small"
        rowKey={(r) => `${r.kind}:${r.regionCode}`}
        dataSource={rows}
        loading={overview.isLoading}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('期限类别'), render: (_, r) => t(DEADLINE_KIND_ZH[r.kind] ?? r.kind) },
          { title: t('行政区划代码'), render: (_, r) => r.regionCode || '—' },
          { title: t('进行中'), dataIndex: 'open' },
          { title: t('7日内到期'), dataIndex: 'dueWithin7Days' },
          { title: t('已超期'), dataIndex: 'breached' },
        ]}
      />
    </Card>
  );
}
