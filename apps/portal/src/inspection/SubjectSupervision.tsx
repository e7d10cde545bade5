import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import type { components } from '../api-types/evaluation';
import { useT, useWording } from '../i18n';
import { InspectionForm } from './InspectionForm';

type Subject = components['schemas']['EvaluationSubjectDto'];

/** One institution's inspections and rectification orders; a new inspection or a re-inspection recorded here. */
export function SubjectSupervision({ id, today }: { id: string; today: string }) {
  const say = useWording();
  const t = useT();
  const client = useQueryClient();
  const [inspecting, setInspecting] = useState<{ postTo: string; scope?: string[] } | null>(null);
  const subject = useQuery({
    queryKey: ['evaluation-subject', id],
    queryFn: () => api<Subject>(`/api/evaluation/evaluation-subjects/${id}`),
  });
  if (subject.error) return <Alert type="error" showIcon message={say.failure(subject.error)} />;
  if (!subject.data) return <Spin />;
  const s = subject.data;
  const done = () => {
    setInspecting(null);
    void client.invalidateQueries({ queryKey: ['evaluation-subject', id] });
    void client.invalidateQueries({ queryKey: ['evaluation-subjects'] });
  };
  if (inspecting) {
    return (
      <Card
        size="small"
        title={inspecting.scope ? t('复查') : t('记录监督检查')}
        extra={<Button onClick={() => setInspecting(null)}>{t('取消')}</Button>}
      >
        <InspectionForm postTo={inspecting.postTo} scope={inspecting.scope} today={today} onDone={done} />
      </Card>
    );
  }
  return (
    <>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('统一社会信用代码')}>{s.uscc}</Descriptions.Item>
        <Descriptions.Item label={t('备案日期')}>{s.filedOn}</Descriptions.Item>
      </Descriptions>
      <Button
        type="primary"
        style={{ margin: '8px 0 16px' }}
        data-testid="new-inspection"
        onClick={() => setInspecting({ postTo: `/api/evaluation/evaluation-subjects/${id}/inspections` })}
      >
        {t('记录监督检查')}
      </Button>
      <Typography.Title level={5}>{t('整改通知')}</Typography.Title>
      <List
        size="small"
        dataSource={s.rectificationOrders}
        locale={{ emptyText: t('无') }}
        renderItem={(order) => (
          <List.Item
            data-testid={`order-${order.status}`}
            actions={
              order.status === 'open'
                ? [
                    <Button
                      key="re"
                      size="small"
                      onClick={() =>
                        setInspecting({
                          postTo: `/api/evaluation/rectification-orders/${order.id}/re-inspections`,
                          scope: order.items.map((i) => i.code),
                        })
                      }
                    >
                      {t('复查')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <>
                  <Tag color={order.status === 'open' ? (order.overdue ? 'red' : 'orange') : 'green'}>
                    {order.status === 'open' ? (order.overdue ? t('整改逾期') : t('整改中')) : t('已整改')}
                  </Tag>
                  {`${t('整改期限')} ${order.dueOn}`}
                </>
              }
              description={order.items.map((i) => i.finding ?? i.title).join('；')}
            />
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('检查记录')}</Typography.Title>
      <List
        size="small"
        dataSource={[...s.inspections].reverse()}
        locale={{ emptyText: t('无') }}
        renderItem={(inspection) => (
          <List.Item data-testid="inspection-record">
            {inspection.inspectedOn} {inspection.kind === 're_inspection' ? t('复查') : t('监督检查')}{' '}
            <Tag color={inspection.passed ? 'green' : 'red'}>{inspection.passed ? t('合格') : t('有不合格项')}</Tag>
          </List.Item>
        )}
      />
    </>
  );
}
