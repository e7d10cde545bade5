import { useQuery } from '@tanstack/react-query';
import { Card, List } from 'antd';
import { api } from '../api';
import { useT, useWording } from '../i18n';
import { ComplaintAttachment } from './supervision-types';

/** The complainant's photos and scans; each opens through the portal (the session, never a public address). */
export function ComplaintAttachments({ complaintId }: { complaintId: string }) {
  const say = useWording();
  const t = useT();
  const base = `/api/evaluation/complaints/${complaintId}/attachments`;
  const query = useQuery({
    queryKey: ['complaint-attachments', complaintId],
    queryFn: () => api<ComplaintAttachment[]>(base),
  });
  return (
    <Card size="small" title={t('附件')} style={{ marginBottom: 12 }}>
      <List
        size="small"
        loading={query.isLoading}
        locale={{ emptyText: query.error ? say.failure(query.error) : t('无附件') }}
        dataSource={query.data ?? []}
        renderItem={(a) => (
          <List.Item data-testid="complaint-attachment">
            <a href={`${base}/${a.id}/content`} target="_blank" rel="noreferrer">
              {a.fileName}
            </a>
            <span>{Math.ceil(a.size / 1024)} KB</span>
          </List.Item>
        )}
      />
    </Card>
  );
}
