import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Result, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import type { UploadedDocument } from '../institution/documents';
import { DOCUMENT_KINDS, type FilingCase, STATUS_ZH, daysLeft } from '../institution/filing-case';
import { navigate } from '../router';
import { useSession } from '../session';
import { Countdown } from './Countdown';
import { DocumentViewer } from './DocumentViewer';
import { ReviewActions } from './ReviewActions';
import { useWording } from '../i18n';

const KIND_LABEL = Object.fromEntries(DOCUMENT_KINDS.map((d) => [d.kind, d.label]));

/** Which filing named a document: 第1、2次提交, 变更备案, or 未提交 (uploaded, not yet sent). */
function filedIn(d: UploadedDocument): string {
  if (d.submissions.length > 0) return `第${d.submissions.join('、')}次提交`;
  return d.changeFiling ? '变更备案' : '未提交';
}

/**
 * The documents as the officer reviews them: the latest submission's first (`current`), the rest after them, each
 * part in upload order.
 */
function byLatestSubmission(all: UploadedDocument[]): { document: UploadedDocument; current: boolean }[] {
  const latest = Math.max(0, ...all.flatMap((d) => d.submissions));
  const rows = all.map((document) => ({ document, current: latest > 0 && document.submissions.includes(latest) }));
  return [...rows.filter((r) => r.current), ...rows.filter((r) => !r.current)];
}

/** One case for its department: the dates, the correction asked, the documents in the page, the decision. */
export default function DepartmentCasePage({ params: [caseId] }: { params: string[] }) {
  const say = useWording();
  const now = useSession().data?.now;
  const [open, setOpen] = useState<UploadedDocument>();
  const filing = useQuery({
    queryKey: ['filing', caseId],
    queryFn: () => api<FilingCase>(`/api/filing/filings/${caseId}`),
  });
  const documents = useQuery({
    queryKey: ['documents', caseId],
    queryFn: () => api<UploadedDocument[]>(`/api/filing/filings/${caseId}/documents`),
  });
  if (filing.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (!filing.data)
    return <Result status="warning" title="无法打开此案件" subTitle={filing.error && say.failure(filing.error)} />;
  const f = filing.data;
  return (
    <>
      <Button type="link" onClick={() => navigate('/department')} style={{ paddingLeft: 0 }}>
        ← 返回工作台
      </Button>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="case-name">
          {f.name} <Tag data-testid="case-status">{STATUS_ZH[f.status] ?? f.status}</Tag>
        </Typography.Title>
        <Descriptions column={3} size="small">
          <Descriptions.Item label="统一社会信用代码">{f.uscc}</Descriptions.Item>
          <Descriptions.Item label="核准登记">{f.registrationApprovedOn}</Descriptions.Item>
          <Descriptions.Item label="备案截止">{f.dueOn}</Descriptions.Item>
          <Descriptions.Item label="机构联系邮箱">
            <a href={`mailto:${f.contactEmail}`} data-testid="institution-email">
              {f.contactEmail}
            </a>
          </Descriptions.Item>
          {f.reviewDueAt && (
            <Descriptions.Item label="审查期限">
              {f.reviewDueOn} <Countdown left={now ? daysLeft(f.reviewDueAt, now) : null} />
            </Descriptions.Item>
          )}
          {f.receiptNumber && (
            <Descriptions.Item label="备案回执编号">
              <span data-testid="receipt-number">{f.receiptNumber}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {f.correction && (
        <Alert
          style={{ marginBottom: 12 }}
          type={f.status === 'correction_requested' ? 'warning' : 'info'}
          message={`补正告知（${f.correction.requestedOn}，补正期限 ${f.correction.dueOn ?? '—'}）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="correction-items">
              {f.correction.items.map((c) => (
                <li key={c.item}>{`${c.item}：${c.reason}`}</li>
              ))}
            </ul>
          }
        />
      )}
      {f.status === 'submitted' && <ReviewActions caseId={caseId} />}
      <Card size="small" title="材料文件" style={{ marginBottom: 12 }}>
        <List
          size="small"
          loading={documents.isLoading}
          dataSource={byLatestSubmission(documents.data ?? [])}
          locale={{ emptyText: '尚无上传的材料' }}
          rowKey={(r) => r.document.id}
          renderItem={({ document: d, current }) => (
            <List.Item
              data-testid="document-item"
              data-use={filedIn(d)}
              actions={[
                <Button key="view" size="small" onClick={() => setOpen(d)} data-testid={`view-${d.kind}`}>
                  查看
                </Button>,
              ]}
            >
              <Typography.Text type={current ? undefined : 'secondary'}>
                <Tag color={current ? 'blue' : undefined}>{filedIn(d)}</Tag>
                {`${KIND_LABEL[d.kind] ?? d.kind} · ${d.fileName} · ${Math.ceil(d.size / 1024)} KB`}
              </Typography.Text>
            </List.Item>
          )}
        />
        {open && <DocumentViewer key={open.id} caseId={caseId} document={open} />}
      </Card>
    </>
  );
}
