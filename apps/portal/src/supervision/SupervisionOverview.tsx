import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Typography } from 'antd';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { ComplaintStatistics } from './ComplaintStatistics';
import { DepartmentIncidentRecord } from './DepartmentIncidentRecord';
import { SignedIn } from './SignedIn';
import {
  COMPLAINT_CATEGORY_ZH,
  COMPLAINT_STATUS_ZH,
  Complaint,
  INCIDENT_KIND_ZH,
  INCIDENT_SEVERITY_ZH,
  Incident,
  beijingTime,
} from './supervision-types';

/** The open complaints and incidents of the region (an administrator: every region, unrouted complaints first). */
export function SupervisionOverview({ path }: { path: string }) {
  return (
    <SignedIn roles={['department', 'admin']} path={path}>
      <OpenComplaints />
      <OpenIncidents />
      <ComplaintStatistics />
      <DepartmentRecord />
    </SignedIn>
  );
}

function OpenComplaints() {
  const say = useWording();
  const t = useT();
  const admin = useSession().data?.role === 'admin';
  const query = useQuery({
    queryKey: ['complaints', 'open', admin],
    queryFn: async () => {
      // Unrouted complaints wait for an administrator; a department only ever sees its own region's.
      const unrouted = admin ? await api<Complaint[]>('/api/evaluation/complaints?status=unrouted') : [];
      return [...unrouted, ...(await api<Complaint[]>('/api/evaluation/complaints?status=open'))];
    },
  });
  return (
    <Card size="small" title={`${t('待办投诉')}（${query.data?.length ?? '…'}）`} style={{ marginBottom: 12 }}>
      <List
        size="small"
        loading={query.isLoading}
        locale={{ emptyText: query.error ? say.failure(query.error) : t('没有待办投诉') }}
        dataSource={query.data ?? []}
        renderItem={(c) => (
          <List.Item
            data-testid="open-complaint"
            style={{ cursor: 'pointer', display: 'block' }}
            onClick={() => navigate(`/complaints/${c.id}`)}
          >
            <Typography.Text strong>{c.institutionName ?? t('未识别机构')}</Typography.Text>
            <div style={{ fontSize: 12 }}>
              {c.reference} · {t(COMPLAINT_CATEGORY_ZH[c.category] ?? c.category)} · {c.regionCode ?? t('待分派')}
              {c.dueOn && ` · ${t('期限')} ${c.dueOn}`}
            </div>
            <Tag color={c.status === 'unrouted' ? 'orange' : 'blue'}>
              {t(COMPLAINT_STATUS_ZH[c.status] ?? c.status)}
            </Tag>
            {c.overdue && <Tag color="red">{t('已超期')}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  );
}

function OpenIncidents() {
  const say = useWording();
  const t = useT();
  const query = useQuery({
    queryKey: ['incidents', 'open'],
    queryFn: () => api<Incident[]>('/api/evaluation/incidents?status=open'),
  });
  return (
    <Card size="small" title={`${t('跟进中的事故')}（${query.data?.length ?? '…'}）`} style={{ marginBottom: 12 }}>
      <List
        size="small"
        loading={query.isLoading}
        locale={{ emptyText: query.error ? say.failure(query.error) : t('没有跟进中的事故') }}
        dataSource={query.data ?? []}
        renderItem={(i) => (
          <List.Item
            data-testid="open-incident"
            style={{ cursor: 'pointer', display: 'block' }}
            onClick={() => navigate(`/incidents/${i.id}`)}
          >
            <Typography.Text strong>{i.institutionName}</Typography.Text>
            <div style={{ fontSize: 12 }}>
              {beijingTime(i.occurredAt)} · {t(INCIDENT_KIND_ZH[i.kind] ?? i.kind)} · {i.regionCode}
              {i.followUpDueOn && ` · ${t('跟进期限')} ${i.followUpDueOn}`}
            </div>
            <Tag color={i.severity === 'general' ? 'orange' : 'red'}>
              {t(INCIDENT_SEVERITY_ZH[i.severity] ?? i.severity)}
            </Tag>
            {i.notReported && <Tag color="red">{t('逾期未报')}</Tag>}
            {i.reportedLate && <Tag color="red">{t('迟报')}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Only a department records incidents (of its own region); an administrator reads. */
function DepartmentRecord() {
  return useSession().data?.role === 'department' ? <DepartmentIncidentRecord /> : null;
}
