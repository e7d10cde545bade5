import { Button, Col, Row, Space, Tabs } from 'antd';
import { ClockPanel } from './ClockPanel';
import { DeadlineOverview } from './DeadlineOverview';
import { Directories } from './Directories';
import { FailedDeliveries } from './FailedDeliveries';
import { useT } from '../i18n';

/** The administrator's console: deadlines, failed deliveries, directories, the queues and the clock. */
export default function AdminConsole() {
  const t = useT();
  return (
    <Tabs
      tabBarExtraContent={
        <Space>
          {/* Bull Board takes the same portal session (adminOnly accepts it). */}
          <Button href="/admin/queues" target="_blank" data-testid="bull-board">
            {t('队列看板（Bull Board）')}
          </Button>
        </Space>
      }
      items={[
        {
          key: 'deadlines',
          label: t('期限与通知'),
          children: (
            <Row gutter={[12, 12]}>
              <Col span={24}>
                <DeadlineOverview />
              </Col>
              <Col span={16}>
                <FailedDeliveries />
              </Col>
              <Col span={8}>
                <ClockPanel />
              </Col>
            </Row>
          ),
        },
        { key: 'directories', label: t('部门与登记机关名录'), children: <Directories /> },
      ]}
    />
  );
}
