import { randomUUID } from 'node:crypto';
import { type Readable, pipeline } from 'node:stream';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { shanghaiIso } from '@tuoyu/deadlines';
import { DocumentInspector, DocumentStore, documentFileName, documentKey } from '@tuoyu/documents';
import { Principal } from '@tuoyu/identity';
import { ConflictError, NotFoundError } from '@tuoyu/kernel';
import { ComplaintAttachment } from './complaint-attachment.entity';
import { Complaint } from './complaint.entity';
import { ComplaintQueryService } from './complaint-query.service';

/** A complainant adds evidence soon after complaining, not for ever: then the complaint is what it is. */
export const ATTACHMENT_WINDOW_HOURS = 24;
export const MAX_ATTACHMENTS = 5;

export interface ComplaintAttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const toView = (a: ComplaintAttachment): ComplaintAttachmentView => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  uploadedAt: shanghaiIso(a.uploadedAt),
});

/**
 * Attachments of a complaint (photos, scans) through the document store: streamed, measured and recognised by
 * content as filing documents are; the complainant adds them by the reference, the department reads them.
 */
@Injectable()
export class ComplaintAttachmentService {
  private readonly logger = new Logger(ComplaintAttachmentService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly store: DocumentStore,
    private readonly queries: ComplaintQueryService,
  ) {}

  /** Checked before a byte is read and again, locked, before the row is written; a failure leaves no object. */
  async attach(reference: string, upload: { fileName?: string; content: Readable }): Promise<ComplaintAttachmentView> {
    const complaint = await this.attachable(this.em.fork(), reference);
    const id = randomUUID();
    const key = documentKey(complaint.id, id);
    const fileName = documentFileName(upload.fileName, 'attachment');
    const inspector = new DocumentInspector(fileName);
    try {
      await this.store.put(
        key,
        pipeline(upload.content, inspector, () => undefined),
      );
      const { size, sha256, contentType } = inspector.result;
      const attachment = await this.em.fork().transactional(async (em) => {
        await this.attachable(em, reference, true);
        return em.create(ComplaintAttachment, {
          id,
          complaintId: complaint.id,
          fileName,
          contentType,
          size,
          sha256,
          storageKey: key,
          uploadedAt: this.clock.now(),
        });
      });
      this.logger.log(`complaint ${complaint.reference}: attachment ${id} (${size} bytes) stored`);
      return toView(attachment);
    } catch (error) {
      await this.store.delete(key).catch((e: Error) => this.logger.error(`could not delete ${key}: ${e.message}`));
      throw error;
    }
  }

  async list(complaintId: string, principal: Principal): Promise<ComplaintAttachmentView[]> {
    await this.queries.get(complaintId, principal);
    const attachments = await this.em
      .fork()
      .find(ComplaintAttachment, { complaintId }, { orderBy: { uploadedAt: 'asc', id: 'asc' } });
    return attachments.map(toView);
  }

  async open(
    complaintId: string,
    attachmentId: string,
    principal: Principal,
  ): Promise<{ attachment: ComplaintAttachment; content: Readable }> {
    await this.queries.get(complaintId, principal);
    const attachment = await this.em.fork().findOne(ComplaintAttachment, { id: attachmentId, complaintId });
    if (!attachment) throw new NotFoundError(`Attachment ${attachmentId} of complaint ${complaintId} does not exist`);
    return { attachment, content: await this.store.get(attachment.storageKey) };
  }

  private async attachable(em: EntityManager, reference: string, lock = false): Promise<Complaint> {
    const complaint = await em.findOne(
      Complaint,
      { reference },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!complaint) throw new NotFoundError(`No complaint has the reference ${reference}`);
    if (complaint.status === 'replied') {
      throw new ConflictError(`Complaint ${reference} is replied: nothing more can be attached`);
    }
    const closesAt = complaint.receivedAt.getTime() + ATTACHMENT_WINDOW_HOURS * 3600_000;
    if (this.clock.now().getTime() > closesAt) {
      throw new ConflictError(
        `Complaint ${reference}: attachments are accepted within ${ATTACHMENT_WINDOW_HOURS} hours of receipt ` +
          `(until ${shanghaiIso(new Date(closesAt))})`,
      );
    }
    if ((await em.count(ComplaintAttachment, { complaintId: complaint.id })) >= MAX_ATTACHMENTS) {
      throw new ConflictError(`Complaint ${reference} already has ${MAX_ATTACHMENTS} attachments, the most allowed`);
    }
    return complaint;
  }
}
