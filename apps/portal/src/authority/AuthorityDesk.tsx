import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag } from 'antd';
import { api } from '../api';
import { navigate } from '../router';
import { useSession } from '../session';
import { RegistrationForm } from './RegistrationForm';
import { shanghaiToday } from '../shanghai-time';
import { type RegistrationListItem, SHARING_ZH } from './registrations';
import { useWording } from '../i18n';

/** The registration authority's desk: register an institution, and its region's registrations with the sharing duty. */
export default function AuthorityDesk() {
  const say = useWording();
  const session = useSession().data;
  const list = useQuery({
    queryKey: ['registrations'],
    queryFn: () => api<RegistrationListItem[]>('/api/registration/registrations?limit=200'),
  });
  return (
    <>
      <RegistrationForm region={session?.region} today={shanghaiToday(session?.now)} />
      <Card size="small" title={`本辖区登记（${session?.region ?? ''}）`} style={{ marginTop: 12 }}>
        {list.error && <Alert type="error" showIcon message={say.failure(list.error)} />}
        <Table<RegistrationListItem>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(r) => ({
            onClick: () => navigate(`/authority/registrations/${r.id}`),
            style: { cursor: 'pointer' },
            'data-testid': `registration-${r.uscc}`,
          })}
          columns={[
            { title: '机构名称', dataIndex: 'name' },
            { title: '统一社会信用代码', dataIndex: 'uscc' },
            { title: '核准日期', dataIndex: 'approvedOn' },
            {
              title: '信息共享（30日内推送卫健部门）',
              render: (_, r) => (
                <>
                  <Tag color={SHARING_ZH[r.sharing.status].color}>{SHARING_ZH[r.sharing.status].label}</Tag>
                  {r.sharing.status !== 'delivered' && `期限 ${r.sharing.dueOn}`}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
