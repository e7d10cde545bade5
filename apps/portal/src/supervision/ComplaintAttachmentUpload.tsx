import { Alert, Button, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { ComplaintAttachment } from './supervision-types';

/** The service's limit (ComplaintAttachmentService): at most 5, within 24 hours of receipt. */
const MAX_ATTACHMENTS = 5;

/** Photos or scans added after submitting, by the reference: the service checks type and size by content. */
export function ComplaintAttachmentUpload({ reference }: { reference: string }) {
  const t = useT();
  const say = useWording();
  const input = useRef<HTMLInputElement>(null);
  const [added, setAdded] = useState<ComplaintAttachment[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setProblem(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const attachment = await api<ComplaintAttachment>(`/api/evaluation/public/complaints/${reference}/attachments`, {
        form,
      });
      setAdded((list) => [...list, attachment]);
    } catch (error) {
      setProblem(Object.values(problemsByField(error, say.problem))[0] ?? say.failure(error));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div data-testid="attachments">
      <Typography.Text strong>{t('补充照片或材料（选填）')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('受理后24小时内可补充，最多')}
        {MAX_ATTACHMENTS}
        {t('份，支持 JPG、PNG、PDF，每份不超过20MB。仅办理部门可见。')}
      </Typography.Paragraph>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        style={{ display: 'none' }}
        data-testid="attachment-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Button block loading={busy} disabled={added.length >= MAX_ATTACHMENTS} onClick={() => input.current?.click()}>
        {t('选择文件上传')}
      </Button>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 8 }} />}
      {added.length > 0 && (
        <List
          size="small"
          dataSource={added}
          renderItem={(a) => (
            <List.Item data-testid="attachment-added">
              {a.fileName} · {Math.ceil(a.size / 1024)} KB
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
