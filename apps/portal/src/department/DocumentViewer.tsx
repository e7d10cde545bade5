import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { apiBlob } from '../api';
import type { UploadedDocument } from '../institution/documents';
import { useFrameFocusGuard } from './use-frame-focus-guard';
import { useWording } from '../i18n';

/**
 * One document shown in the page: the bytes come through the portal (the service records the download) and are
 * shown from a blob URL, so the service can keep answering with an attachment that no page may frame.
 */
export function DocumentViewer({ caseId, document }: { caseId: string; document: UploadedDocument }) {
  const say = useWording();
  const blob = useQuery({
    queryKey: ['document', document.id],
    queryFn: () => apiBlob(`/api/filing/filings/${caseId}/documents/${document.id}/content`),
    staleTime: Infinity,
  });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : undefined), [blob.data]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  // Chromium's viewer can take the focus on its own (a dialog in the frame): the officer's typing stays in the page.
  const guard = useFrameFocusGuard();
  if (blob.error) return <Alert type="error" showIcon message={`无法打开：${say.failure(blob.error)}`} />;
  if (!url) return <Spin />;
  const frame = { display: 'block', width: '100%', height: 560, border: '1px solid #f0f0f0' };
  return (
    <div data-testid="document-viewer" data-file-name={document.fileName} data-bytes={blob.data?.size}>
      {document.contentType === 'application/pdf' ? (
        <div ref={guard.boxRef}>
          <iframe ref={guard.frameRef} title={document.fileName} src={url} style={frame} />
        </div>
      ) : (
        <img alt={document.fileName} src={url} style={{ maxWidth: '100%' }} />
      )}
    </div>
  );
}
