import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Spin, Tag, Typography } from 'antd';
import { ApiError, api } from '../api';
import { useT } from '../i18n';
import { navigate } from '../router';
import { COMPLAINT_CATEGORY_ZH, COMPLAINT_STATUS_ZH, PublicComplaint } from './supervision-types';

const STATUS_COLOR: Record<string, string> = { unrouted: 'orange', open: 'blue', replied: 'green' };

/** A complaint's state and reply by its reference: what anyone holding it may read, never who complained. */
export function ComplaintLookupPage({ reference }: { reference?: string }) {
  const t = useT();
  return (
    <Card title={t('投诉办理进度查询')} size="small" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Form
        layout="inline"
        style={{ flexWrap: 'nowrap', marginBottom: 12 }}
        initialValues={{ reference }}
        onFinish={(v: { reference: string }) => navigate(`/public/complaints/${v.reference.trim().toUpperCase()}`)}
      >
        <Form.Item name="reference" style={{ flex: 1 }} rules={[{ required: true, message: t('请输入受理编号') }]}>
          <Input placeholder={t('受理编号，如 TS20261012K7Q2M9XD')} maxLength={40} data-testid="lookup-reference" />
        </Form.Item>
        <Button type="primary" htmlType="submit" style={{ marginInlineEnd: 0 }}>
          {t('查询')}
        </Button>
      </Form>
      {reference && <ComplaintState reference={reference} />}
      <Button type="link" block onClick={() => navigate('/public/complaints')}>
        {t('我要投诉举报')}
      </Button>
    </Card>
  );
}

function ComplaintState({ reference }: { reference: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: ['public-complaint', reference],
    queryFn: () => api<PublicComplaint>(`/api/evaluation/public/complaints/${encodeURIComponent(reference)}`),
  });
  if (query.isLoading) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (query.error || !query.data) {
    const unknown = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="lookup-missing"
        message={t(unknown ? '未找到此受理编号，请核对后重试' : '暂时无法查询，请稍后再试')}
      />
    );
  }
  const complaint = query.data;
  return (
    <>
      <Tag
        color={STATUS_COLOR[complaint.status]}
        data-testid="lookup-status"
        style={{ fontSize: 14, padding: '2px 8px' }}
      >
        {t(COMPLAINT_STATUS_ZH[complaint.status] ?? complaint.status)}
      </Tag>
      <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('受理编号')}>{complaint.reference}</Descriptions.Item>
        <Descriptions.Item label={t('问题类别')}>
          {t(COMPLAINT_CATEGORY_ZH[complaint.category] ?? complaint.category)}
        </Descriptions.Item>
        {complaint.institutionName && (
          <Descriptions.Item label={t('被投诉机构')}>{complaint.institutionName}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('受理日期')}>{complaint.receivedOn}</Descriptions.Item>
        {complaint.dueOn && <Descriptions.Item label={t('办理期限')}>{complaint.dueOn}</Descriptions.Item>}
        {complaint.repliedOn && <Descriptions.Item label={t('答复日期')}>{complaint.repliedOn}</Descriptions.Item>}
      </Descriptions>
      {complaint.reply && (
        <Card size="small" title={t('答复意见')} style={{ marginTop: 8 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="lookup-reply">
            {complaint.reply}
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
