import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { ComplaintReceivedProps, MessageType, NoticeTemplate, QueueName } from '@tuoyu/contracts';
import { localDateAt } from '@tuoyu/deadlines';
import { findResidentIds } from '@tuoyu/identity';
import { InvalidInputError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { EvaluationLinks } from '../evaluation-links';
import { COMPLAINT_CATEGORIES, COMPLAINT_RULES, ComplaintChannel, type ComplaintRules } from './complaint-categories';
import { ComplaintIntake, ComplaintReceipt, HotlineTransfer } from './complaint-command';
import { complaintReference } from './complaint-reference';
import { ComplaintRouting } from './complaint-routing';
import { Complaint } from './complaint.entity';

/**
 * 投诉举报 intake: the public form (no account; anonymous allowed) and 12345 hotline transfers. A repeat by the
 * same contact within minutes, or a hotline case already transferred, returns the complaint already received.
 */
@Injectable()
export class ComplaintIntakeService {
  private readonly logger = new Logger(ComplaintIntakeService.name);

  constructor(
    @Inject(COMPLAINT_RULES) private readonly rules: ComplaintRules,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly routing: ComplaintRouting,
    private readonly links: EvaluationLinks,
  ) {}

  receive(intake: ComplaintIntake): Promise<ComplaintReceipt> {
    return this.intake(intake, 'public');
  }

  async transfer(transfer: HotlineTransfer): Promise<ComplaintReceipt> {
    try {
      return await this.intake(transfer, 'hotline_12345', transfer.hotlineCaseNumber);
    } catch (error) {
      // Two transfers of one case at once: the unique case number lets one in; the other reads it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const existing = await this.em.fork().findOneOrFail(Complaint, { hotlineCaseNumber: transfer.hotlineCaseNumber });
      return this.receiptOf(existing, true);
    }
  }

  private intake(intake: ComplaintIntake, channel: ComplaintChannel, hotlineCaseNumber?: string) {
    this.refuseResidentIds(intake);
    return this.em.fork().transactional(async (em) => {
      const repeat = await this.findRepeat(em, intake, hotlineCaseNumber);
      if (repeat) return this.receiptOf(repeat, true);
      const now = this.clock.now();
      const receivedOn = localDateAt(now);
      const complaint = em.create(Complaint, {
        id: randomUUID(),
        reference: complaintReference(receivedOn),
        channel,
        hotlineCaseNumber,
        contactName: intake.contact?.name,
        contactEmail: intake.contact?.email?.toLowerCase(),
        contactPhone: intake.contact?.phone,
        institutionName: intake.institutionName?.trim() || intake.institutionUscc!,
        institutionUscc: intake.institutionUscc,
        category: intake.category,
        facts: intake.facts,
        status: 'unrouted',
        overdue: false,
        receivedOn,
        receivedAt: now,
      });
      const subject = await this.routing.identify(em, {
        uscc: intake.institutionUscc,
        name: intake.institutionName,
        regionCode: intake.regionCode,
      });
      await this.routing.route(em, complaint, subject, intake.regionCode);
      this.acknowledge(em, complaint);
      this.logger.log(`complaint ${complaint.reference} (${channel}) → ${complaint.regionCode ?? 'unrouted'}`);
      return this.receiptOf(complaint, false);
    });
  }

  private findRepeat(em: EntityManager, intake: ComplaintIntake, hotlineCaseNumber?: string) {
    if (hotlineCaseNumber) return em.findOne(Complaint, { hotlineCaseNumber });
    const since = new Date(this.clock.now().getTime() - this.rules.duplicateWindowMinutes * 60_000);
    const institution = intake.institutionUscc ?? intake.institutionName!.trim();
    const contact = { email: intake.contact?.email?.toLowerCase(), phone: intake.contact?.phone };
    return em.getRepository(Complaint).findRepeat(contact, institution, since);
  }

  /** The receipt with its reference, by email; an anonymous complainant (or one without an email) gets none. */
  private acknowledge(em: EntityManager, complaint: Complaint): void {
    if (!complaint.contactEmail) return;
    const props: ComplaintReceivedProps = {
      reference: complaint.reference,
      institutionName: complaint.institutionName,
      category: COMPLAINT_CATEGORIES[complaint.category],
      receivedOn: complaint.receivedOn,
      dueOn: complaint.dueOn,
      lookupUrl: this.links.complaintLookup(complaint.reference),
    };
    this.outbox.add(em, QueueName.Notification, MessageType.NotificationRequested, {
      v: 1,
      idempotencyKey: `complaint-received:${complaint.id}:${complaint.contactEmail}`,
      template: NoticeTemplate.ComplaintReceived,
      locale: 'zh-CN',
      to: [complaint.contactEmail],
      props: { ...props },
    });
  }

  // The DTOs refuse these too; this guards every other caller (notices quote the facts to the department).
  private refuseResidentIds(intake: ComplaintIntake): void {
    const found = findResidentIds(`${intake.facts}\n${intake.institutionName ?? ''}`);
    if (found.length) {
      throw new InvalidInputError('facts must not contain a full resident ID number', [
        { field: 'facts', code: 'personal_data', message: `facts contains a full resident ID (${found.join(', ')})` },
      ]);
    }
  }

  private receiptOf(c: Complaint, duplicate: boolean): ComplaintReceipt {
    return {
      reference: c.reference,
      status: c.status,
      institutionIdentified: !!c.subjectId,
      regionCode: c.regionCode ?? null,
      dueOn: c.dueOn ?? null,
      duplicate,
    };
  }
}
