import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Table } from 'antd';
import { api } from '../api';
import { useT } from '../i18n';
import { shanghaiTime } from '../shanghai-time';
import type { components } from '../api-types/notification';

type DeliveryEntry = components['schemas']['DeliveryLogEntryDto'];

/** Notices that failed for good, each with a resend once its cause (a mailbox, the relay) is fixed. */
export function FailedDeliveries() {
  const t = useT();
  const client = useQueryClient();
  const failed = useQuery({
    queryKey: ['deliveries', 'failed'],
    queryFn: () => api<DeliveryEntry[]>('/api/notification/deliveries?status=failed&limit=100'),
  });
  const resend = useMutation({
    mutationFn: (key: string) => api(`/api/notification/deliveries/${encodeURIComponent(key)}/resend`, { body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['deliveries'] }),
  });
  return (
    <Card
      size="small"
      title={t('投递失败的通知')}
      extra={
        <Button size="small" onClick={() => void failed.refetch()} loading={failed.isFetching}>
          {t('刷新')}
        </Button>
      }
    >
      {(failed.error ?? resend.error) && (
        <Alert type="error" showIcon message={(failed.error ?? resend.error)?.message} style={{ marginBottom: 12 }} />
      )}
      <Table<DeliveryEntry>
        size="small"
        rowKey="key"
        loading={failed.isLoading}
        dataSource={failed.data ?? []}
        locale={{ emptyText: t('没有投递失败的通知') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('收件人'), render: (_, d) => d.recipients.join('、') || t('（无）') },
          { title: t('主题'), render: (_, d) => d.subject ?? d.template, ellipsis: true },
          { title: t('原因'), render: (_, d) => d.lastError, ellipsis: true },
          { title: t('时间'), render: (_, d) => shanghaiTime(d.createdAt).slice(0, 16) },
          {
            title: '',
            render: (_, d) => (
              <Button
                size="small"
                loading={resend.isPending && resend.variables === d.key}
                onClick={() => resend.mutate(d.key)}
                data-testid={`resend-${d.recipients.join(',')}`}
              >
                {t('重新发送')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
