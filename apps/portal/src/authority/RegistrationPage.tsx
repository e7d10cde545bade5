import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Tag } from 'antd';
import { api } from '../api';
import { navigate } from '../router';
import { type RegistrationListItem, SHARING_ZH } from './registrations';

interface RegistrationDetail extends RegistrationListItem {
  address: string;
  contact: { email: string; phone: string };
  capacity: number;
}

/** One registration (the authority's emailed link): the sharing duty's state and when it was delivered. */
export default function RegistrationPage({ params: [id] }: { params: string[] }) {
  const detail = useQuery({
    queryKey: ['registration', id],
    queryFn: () => api<RegistrationDetail>(`/api/registration/registrations/${id}`),
  });
  if (detail.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (!detail.data) return <Result status="warning" title="无法打开此登记" subTitle={detail.error?.message} />;
  const r = detail.data;
  return (
    <Card
      title={r.name}
      extra={
        <Button type="link" onClick={() => navigate('/authority')}>
          返回登记台
        </Button>
      }
    >
      <Descriptions column={2} size="small">
        <Descriptions.Item label="统一社会信用代码">{r.uscc}</Descriptions.Item>
        <Descriptions.Item label="核准日期">{r.approvedOn}</Descriptions.Item>
        <Descriptions.Item label="住所">{r.address}</Descriptions.Item>
        <Descriptions.Item label="托位数">{r.capacity}</Descriptions.Item>
        <Descriptions.Item label="信息共享">
          <Tag color={SHARING_ZH[r.sharing.status].color}>{SHARING_ZH[r.sharing.status].label}</Tag>
          {r.sharing.deliveredAt ? `推送于 ${r.sharing.deliveredAt.slice(0, 16)}` : `期限 ${r.sharing.dueOn}`}
        </Descriptions.Item>
        <Descriptions.Item label="联系邮箱">{r.contact.email}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
