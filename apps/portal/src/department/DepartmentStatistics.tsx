import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useT } from '../i18n';
import { STATUS_ZH } from '../institution/filing-case';
import { type ChartOption, EChart } from './EChart';
import type { DepartmentFigures } from './statistics';

/** The department's statistics: cases by status, received and filed per week, running deadlines (lazy: ECharts). */
export default function DepartmentStatistics({ figures }: { figures: DepartmentFigures }) {
  const t = useT();
  const byStatus = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '42%'],
          label: { formatter: '{c}' },
          data: figures.byStatus.map((s) => ({ name: t(STATUS_ZH[s.status] ?? s.status), value: s.count })),
        },
      ],
    }),
    [figures, t],
  );
  const perWeek = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 32, right: 12, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: figures.weeks.map((w) => w.weekOf.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('收到'), data: figures.weeks.map((w) => w.received) },
        { type: 'bar', name: t('已备案'), data: figures.weeks.map((w) => w.filed) },
      ],
    }),
    [figures, t],
  );
  const { deadlines } = figures;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="department-statistics">
      <Col xs={24} lg={8}>
        <Card size="small" title={t('案件状态')}>
          <EChart option={byStatus} height={240} testId="chart-by-status" />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('每周收到与备案（近8周）')}>
          <EChart option={perWeek} height={240} testId="chart-per-week" />
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <Card size="small" title={t('办理期限')} style={{ height: '100%' }}>
          <Statistic title={t('进行中')} value={deadlines.open} />
          <Statistic title={t('7日内到期')} value={deadlines.dueWithin7Days} valueStyle={{ color: '#d46b08' }} />
          <span data-testid="deadlines-breached" data-count={deadlines.breached}>
            <Statistic title={t('已超期')} value={deadlines.breached} valueStyle={{ color: '#cf1322' }} />
          </span>
        </Card>
      </Col>
    </Row>
  );
}
