import { randomUUID } from 'node:crypto';
import { FilingAccepted, MessageType, QueueName } from '@tuoyu/contracts';
import { TestApp, TestQueues, makeUscc, waitFor } from '@tuoyu/testing';
import request from 'supertest';

export const DEPARTMENT_EMAIL = 'wjw@yanjiang.example.gov.cn';

/** A filed institution as evaluation learns of it (FilingAccepted), waited for until its subject exists. */
export async function acceptFiling(
  evaluation: TestApp,
  queues: TestQueues,
  overrides: Partial<FilingAccepted> = {},
): Promise<{ payload: FilingAccepted; subjectId: string }> {
  const payload: FilingAccepted = {
    v: 1,
    filingCaseId: randomUUID(),
    uscc: makeUscc(),
    name: `雁江区小星星托育中心${randomUUID().slice(0, 6)}`,
    regionCode: '512002',
    filedOn: '2026-10-09',
    contactEmail: `${randomUUID()}@example.cn`,
    departmentName: '资阳市雁江区卫生健康局',
    departmentEmail: DEPARTMENT_EMAIL,
    ...overrides,
  };
  await queues.get(QueueName.Evaluation).add(MessageType.FilingAccepted, payload, { jobId: randomUUID() });
  const token = evaluation.token({ role: 'department', region: payload.regionCode });
  const subjectId = await waitFor('the evaluation subject', async () => {
    const response = await request(evaluation.url)
      .get('/evaluation-subjects')
      .query({ uscc: payload.uscc })
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    return (response.body[0] as { id: string } | undefined)?.id;
  });
  return { payload, subjectId };
}
