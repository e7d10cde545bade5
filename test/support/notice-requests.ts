import { randomUUID } from 'node:crypto';
import { NoticeTemplate, NotificationRequested } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from '@tuoyu/notification-domain';

/** A valid notice request with a fresh idempotency key (a filing receipt: its sample props are complete). */
export function receiptNotice(to: string, key = `filing-receipt:${randomUUID()}`): NotificationRequested {
  return {
    v: 1,
    idempotencyKey: key,
    template: NoticeTemplate.FilingReceipt,
    locale: 'zh-CN',
    to: [to],
    props: { ...SAMPLE_PROPS[NoticeTemplate.FilingReceipt] },
  };
}

/** The value of the first Prometheus sample line matching `line` in a /metrics text (0 when absent). */
export function metricValue(text: string, line: RegExp): number {
  const match = text.split('\n').find((l) => line.test(l));
  return match ? Number(match.split(' ').pop()) : 0;
}
