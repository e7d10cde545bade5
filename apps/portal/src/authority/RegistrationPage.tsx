import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Tag } from 'antd';
import { api } from '../api';
import type { components } from '../api-types/registration';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { RegistrationLifecycle } from './RegistrationLifecycle';
import { shanghaiTime, shanghaiToday } from '../shanghai-time';
import { SHARING_ZH } from './registrations';

type RegistrationDetail = components['schemas']['RegistrationViewDto'];

const STATUS: Record<string, { label: string; color: string }> = {
  approved: { label: '已核准', color: 'green' },
  cancelled: { label: '已注销', color: 'default' },
};

/**
 * One registration (the authority's emailed link): the sharing duty's state and when it was delivered; the
 * authority records its changes and deregistration here.
 */
export default function RegistrationPage({ params: [id] }: { params: string[] }) {
  const say = useWording();
  const t = useT();
  const session = useSession().data;
  const detail = useQuery({
    queryKey: ['registration', id],
    queryFn: () => api<RegistrationDetail>(`/api/registration/registrations/${id}`),
  });
  if (detail.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (!detail.data)
    return <Result status="warning" title={t('无法打开此登记')} subTitle={detail.error && say.failure(detail.error)} />;
  const r = detail.data;
  const status = STATUS[r.status] ?? { label: r.status, color: 'default' };
  const sharing = SHARING_ZH[r.sharing.status];
  return (
    <>
      <Card
        title={r.name}
        extra={
          <Button type="link" onClick={() => navigate('/authority')}>
            {t('返回登记台')}
          </Button>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('统一社会信用代码')}>{r.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('登记状态')}>
            <Tag color={status.color} data-testid="registration-status">
              {t(status.label)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('核准日期')}>{r.approvedOn}</Descriptions.Item>
          <Descriptions.Item label={t('住所')}>{r.address}</Descriptions.Item>
          <Descriptions.Item label={t('法定代表人')}>{r.legalRepresentative.name}</Descriptions.Item>
          <Descriptions.Item label={t('托位数')}>{r.capacity}</Descriptions.Item>
          <Descriptions.Item label={t('信息共享')}>
            <Tag color={sharing.color}>{t(sharing.label)}</Tag>
            {r.sharing.deliveredAt
              ? `${t('推送于')} ${shanghaiTime(r.sharing.deliveredAt).slice(0, 16)}`
              : `${t('期限')} ${r.sharing.dueOn}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('联系邮箱')}>{r.contact.email}</Descriptions.Item>
        </Descriptions>
      </Card>
      {session?.role === 'authority' && r.status === 'approved' && (
        <RegistrationLifecycle id={r.id} today={shanghaiToday(session.now)} />
      )}
    </>
  );
}
