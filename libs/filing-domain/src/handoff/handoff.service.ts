import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { HandoffArrivedProps, HandoffReceived, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { shanghaiIso } from '@tuoyu/deadlines';
import { Outbox } from '@tuoyu/messaging';
import { Department } from '../department.entity';
import { FilingCase } from '../filing-case.entity';
import { Handoff } from './handoff.entity';
import { HandoffWebhookService } from './handoff-webhook.service';

/**
 * Hands registrations to the county health department. The registration side's 30-day sharing duty is met
 * only when a department can actually see the handoff, so a region without a department holds it.
 */
@Injectable()
export class HandoffService {
  private readonly logger = new Logger(HandoffService.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly webhooks: HandoffWebhookService,
  ) {}

  /**
   * `known`: the region's department as the caller already looked it up (null: none), else it is looked up here.
   * `imported`: the case is an imported institution's; its department hears of it in the import's one summary,
   * and its receipt goes into this list, for the caller to send with its batch's (HandoffsReceived).
   */
  async receive(
    em: EntityManager,
    filingCase: FilingCase,
    known?: Department | null,
    imported?: HandoffReceived[],
  ): Promise<Handoff> {
    const handoff = em.create(Handoff, {
      id: randomUUID(),
      filingCase,
      regionCode: filingCase.regionCode,
      receivedAt: this.clock.now(),
      deliveries: 0,
      webhookStatus: 'none',
      webhookAttempts: 0,
    });
    const department =
      known !== undefined ? known : await em.getRepository(Department).forRegion(filingCase.regionCode);
    if (department) this.share(em, handoff, department, imported);
    else this.logger.warn(`no department for region ${filingCase.regionCode}: handoff of case ${filingCase.id} held`);
    return handoff;
  }

  /** The region's department was just added: every held handoff reaches it now. */
  async shareHeld(em: EntityManager, department: Department): Promise<number> {
    const held = await em.getRepository(Handoff).held(department.regionCode);
    for (const handoff of held) this.share(em, handoff, department);
    if (held.length) this.logger.log(`${held.length} held handoff(s) shared with ${department.name}`);
    return held.length;
  }

  private share(em: EntityManager, handoff: Handoff, department: Department, imported?: HandoffReceived[]): void {
    const now = this.clock.now();
    const filingCase = handoff.filingCase;
    handoff.sharedAt = now;
    const receipt: HandoffReceived = {
      v: 1,
      registrationId: filingCase.registrationId,
      filingCaseId: filingCase.id,
      receivedAt: shanghaiIso(now),
    };
    if (imported) {
      imported.push(receipt);
      return;
    }
    this.outbox.add(em, QueueName.Registration, MessageType.HandoffReceived, receipt);
    const props: HandoffArrivedProps = {
      departmentName: department.name,
      institutionName: filingCase.name,
      uscc: filingCase.uscc,
      approvedOn: filingCase.registrationApprovedOn,
      filingDueOn: filingCase.dueOn,
      // The worklist item in the department's workplace (portal).
      inboxUrl: `${this.config.publicBaseUrl}/department/cases/${filingCase.id}`,
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `handoff-arrived:${handoff.id}:${department.email}`,
      template: NoticeTemplate.HandoffArrived,
      locale: 'zh-CN',
      to: [department.email],
      props: { ...props },
    });
    if (department.webhookUrl && department.webhookSecret) this.webhooks.schedule(em, handoff);
  }
}
