import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Form, Input, List, Tag, Typography } from 'antd';
import { api } from '../api';
import { serviceTypeZh } from '../authority/registration-options';
import { useT, useWording } from '../i18n';
import { navigate } from '../router';

interface PublicFiling {
  name: string;
  uscc: string;
  regionCode: string;
  address: string;
  serviceTypes: string[];
  places: number;
  inclusive: boolean;
  filedOn: string;
  receiptNumber: string;
  evaluationLevel: string | null;
}

interface PublicEvaluation {
  uscc: string;
  level: string;
  totalScore: number;
  publishedOn: string;
}

const LEVEL_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/**
 * 备案公示 with each institution's published evaluation level (评估结果向社会公布): the page the evaluation-published
 * email links to. Public, no account: what the filing and evaluation services publish anyway.
 */
export function PublicDisclosurePage({ region }: { region: string | null }) {
  const say = useWording();
  const t = useT();
  const query = region ? `?region=${encodeURIComponent(region)}` : '';
  const filings = useQuery({
    queryKey: ['public-filings', region],
    queryFn: () => api<PublicFiling[]>(`/api/filing/public/filings${query}`),
  });
  const evaluations = useQuery({
    queryKey: ['public-evaluations', region],
    queryFn: () => api<PublicEvaluation[]>(`/api/evaluation/public/evaluations${query}`),
  });
  const published = new Map((evaluations.data ?? []).map((e) => [e.uscc, e]));
  return (
    <Card title={t('托育机构备案公示')} size="small" style={{ maxWidth: 720, margin: '0 auto' }}>
      <Form
        layout="inline"
        style={{ flexWrap: 'nowrap', marginBottom: 12 }}
        initialValues={{ region }}
        onFinish={(v: { region?: string }) =>
          navigate(v.region ? `/public/filings?region=${v.region}` : '/public/filings')
        }
      >
        <Form.Item name="region" style={{ flex: 1 }}>
          <Input inputMode="numeric" maxLength={6} placeholder={t('行政区划代码，如 512002')} />
        </Form.Item>
        <Typography.Link onClick={() => navigate('/public/complaints')}>{t('我要投诉')}</Typography.Link>
      </Form>
      {filings.error && <Alert type="warning" showIcon message={say.failure(filings.error)} />}
      <List
        size="small"
        loading={filings.isLoading}
        locale={{ emptyText: t('暂无已备案机构') }}
        dataSource={filings.data ?? []}
        renderItem={(f) => {
          const evaluation = published.get(f.uscc);
          const level = evaluation?.level ?? f.evaluationLevel;
          return (
            <List.Item style={{ display: 'block' }} data-testid="public-filing">
              <Typography.Text strong>{f.name}</Typography.Text>
              {level && (
                <Tag color={LEVEL_COLOR[level]} style={{ marginLeft: 8 }} data-testid="public-level">
                  {t('评估等级')} {level}
                </Tag>
              )}
              {f.inclusive && <Tag color="cyan">{t('普惠')}</Tag>}
              <div style={{ fontSize: 12 }}>
                {f.address} · {f.places}
                {t('个托位')} · {f.serviceTypes.map((type) => t(serviceTypeZh(type))).join(t('、'))}
              </div>
              <div style={{ fontSize: 12, color: '#888' }}>
                {t('备案')} {f.filedOn}（{f.receiptNumber}）
                {evaluation && ` · ${t('评估结果公布于')} ${evaluation.publishedOn}`}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
