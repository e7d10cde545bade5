import { useQuery } from '@tanstack/react-query';
import { Button, List, Spin, Tag } from 'antd';
import { api } from '../api';
import { navigate } from '../router';
import { FilingCase, STATUS_ZH } from './filing-case';

/** A signed-in institution's cases (usually one). */
export function InstitutionHome() {
  const cases = useQuery({ queryKey: ['cases'], queryFn: () => api<FilingCase[]>('/api/filing/filings') });
  if (cases.isLoading) return <Spin />;
  return (
    <List
      bordered
      dataSource={cases.data ?? []}
      footer={
        <Button block onClick={() => navigate('/incidents/new')}>
          报告安全事故 / 突发事件
        </Button>
      }
      renderItem={(item) => (
        <List.Item onClick={() => navigate(`/cases/${item.id}`)} style={{ cursor: 'pointer' }}>
          {item.name} <Tag>{STATUS_ZH[item.status] ?? item.status}</Tag> {item.dueOn}
        </List.Item>
      )}
    />
  );
}
