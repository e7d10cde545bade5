import { Button, Col, Row, Space, Tabs } from 'antd';
import { ClockPanel } from './ClockPanel';
import { DeadlineOverview } from './DeadlineOverview';
import { Directories } from './Directories';
import { FailedDeliveries } from './FailedDeliveries';

/** The administrator's console: deadlines, failed deliveries, directories, the queues and the clock. */
export default function AdminConsole() {
  return (
    <Tabs
      tabBarExtraContent={
        <Space>
          {/* Bull Board takes the same portal session (adminOnly accepts it). */}
          <Button href="/admin/queues" target="_blank" data-testid="bull-board">
            队列看板（Bull Board）
          </Button>
        </Space>
      }
      items={[
        {
          key: 'deadlines',
          label: '期限与通知',
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
        { key: 'directories', label: '部门与登记机关名录', children: <Directories /> },
      ]}
    />
  );
}
