import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, problemsByField } from '../api';
import { useT, useWording } from '../i18n';
import { shanghaiTime } from '../shanghai-time';

interface ClockStatus {
  now: string;
  offsetMs: number;
  overrideAllowed: boolean;
}

/** The platform clock, movable outside production (ALLOW_CLOCK_OVERRIDE): demos and drills of deadlines. */
export function ClockPanel() {
  const t = useT();
  const say = useWording();
  const client = useQueryClient();
  const clock = useQuery({ queryKey: ['clock'], queryFn: () => api<ClockStatus>('/api/admin/admin/clock') });
  const [instant, setInstant] = useState('');
  const [problem, setProblem] = useState<string>();
  if (!clock.data?.overrideAllowed) return null;
  const move = async () => {
    setProblem(undefined);
    try {
      await api('/api/admin/admin/clock', { body: { now: instant } });
      await client.invalidateQueries();
    } catch (error) {
      setProblem(problemsByField(error, say.problem).now ?? say.failure(error));
    }
  };
  return (
    <Card size="small" title={t('平台时钟（非生产环境）')}>
      <Typography.Paragraph data-testid="clock-now">{`${t('当前')}：${shanghaiTime(clock.data.now)}（${t('北京时间')}）`}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          placeholder="2026-12-01T09:00:00+08:00"
          value={instant}
          onChange={(e) => setInstant(e.target.value)}
          data-testid="clock-input"
        />
        <Button type="primary" onClick={() => void move()} data-testid="clock-move">
          {t('拨动时钟')}
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary">{t('会话也按平台时钟过期：拨动较多时需重新登录。')}</Typography.Text>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 8 }} />}
    </Card>
  );
}
