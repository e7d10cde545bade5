import { randomUUID } from 'node:crypto';
import { type Readable, pipeline } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { DocumentInspector, DocumentStore, documentFileName, documentKey } from '@tuoyu/documents';
import { Principal } from '@tuoyu/identity';
import { ConflictError, InvalidInputError } from '@tuoyu/kernel';
import type { FilingStatus } from '../case/filing-transitions';
import type { FilingCase } from '../filing-case.entity';
import { FilingChange } from '../filing-change.entity';
import { DOCUMENT_KINDS, type DocumentKind } from '../submission/filing-materials';
import { FilingSubmission } from '../submission/filing-submission.entity';
import { visibleCase } from './case-access';
import { FilingDocument } from './filing-document.entity';
import { DocumentUse, FilingDocumentView, toFilingDocumentView } from './filing-document.view';

/** Statuses in which the case awaits materials from the institution (a submission or a resubmission). */
const AWAITING_MATERIALS: FilingStatus[] = ['awaiting_submission', 'overdue', 'correction_requested', 'rejected'];
const EXTENSION = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

export interface DocumentUpload {
  kind: string | undefined;
  fileName: string | undefined;
  content: Readable;
}

/** Uploads of filing documents by the institution, streamed into the DocumentStore, and the case's list. */
@Injectable()
export class FilingDocumentService {
  private readonly logger = new Logger(FilingDocumentService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly store: DocumentStore,
  ) {}

  /**
   * Stores one document. The case is checked before a byte is read; the bytes are measured while they stream
   * to the store (never held whole); any failure deletes what was written, so no partial object is left.
   */
  async upload(caseId: string, upload: DocumentUpload, principal: Principal): Promise<FilingDocumentView> {
    const kind = this.kindOf(upload.kind);
    await this.uploadableCase(this.em.fork(), caseId, principal);
    const id = randomUUID();
    const key = documentKey(caseId, id);
    const shownName = documentFileName(upload.fileName, `${kind}`);
    const inspector = new DocumentInspector(shownName);
    try {
      // pipeline destroys both streams on an error from either side (a limit crossed, a client gone).
      await this.store.put(
        key,
        pipeline(upload.content, inspector, () => undefined),
      );
      const { size, sha256, contentType } = inspector.result;
      const fileName = shownName === kind ? `${kind}.${EXTENSION[contentType]}` : shownName;
      const document = await this.em.fork().transactional(async (em) => {
        const filingCase = await this.uploadableCase(em, caseId, principal, true);
        return em.create(FilingDocument, {
          id,
          filingCase,
          kind,
          fileName,
          contentType,
          size,
          sha256,
          storageKey: key,
          uploadedAt: this.clock.now(),
          uploadedBy: principal.uscc ?? principal.subject ?? principal.role,
        });
      });
      this.logger.log(`case ${caseId}: document ${id} (${kind}, ${size} bytes) stored`);
      return toFilingDocumentView(document);
    } catch (error) {
      await this.store.delete(key).catch((e: Error) => this.logger.error(`could not delete ${key}: ${e.message}`));
      throw error;
    }
  }

  async list(caseId: string, principal: Principal): Promise<FilingDocumentView[]> {
    const em = this.em.fork();
    const filingCase = await visibleCase(em, caseId, principal);
    const documents = await em.find(FilingDocument, { filingCase }, { orderBy: { uploadedAt: 'asc', id: 'asc' } });
    const use = await this.useOf(em, filingCase);
    return documents.map((document) => toFilingDocumentView(document, use));
  }

  /** Which submission or change filing named each document: a reviewer looks at the latest submission's. */
  private async useOf(em: EntityManager, filingCase: FilingCase): Promise<DocumentUse> {
    const submissions = await em.find(
      FilingSubmission,
      { filingCase },
      { fields: ['sequence', 'documents'], orderBy: { sequence: 'asc' } },
    );
    const changes = await em.find(FilingChange, { filingCase }, { fields: ['documents'] });
    const use: DocumentUse = { submissions: new Map(), changeFilings: new Set() };
    for (const { sequence, documents } of submissions) {
      for (const { id } of documents) use.submissions.set(id, [...(use.submissions.get(id) ?? []), sequence]);
    }
    for (const { documents } of changes) for (const { id } of documents ?? []) use.changeFilings.add(id);
    return use;
  }

  private kindOf(kind: string | undefined): DocumentKind {
    if (DOCUMENT_KINDS.includes(kind as DocumentKind)) return kind as DocumentKind;
    const message = kind
      ? `kind must be one of ${DOCUMENT_KINDS.join(', ')} (got "${kind.slice(0, 40)}")`
      : `the field kind (one of ${DOCUMENT_KINDS.join(', ')}) must come before the file`;
    throw new InvalidInputError(message, [{ field: 'kind', code: kind ? 'invalid' : 'required', message }]);
  }

  /** The institution's own case while it awaits materials: a filing, a resubmission or a change filing. */
  private async uploadableCase(
    em: EntityManager,
    caseId: string,
    principal: Principal,
    lock = false,
  ): Promise<FilingCase> {
    const filingCase = await visibleCase(em, caseId, principal, lock);
    if (AWAITING_MATERIALS.includes(filingCase.status)) return filingCase;
    if (await em.count(FilingChange, { filingCase, status: 'awaiting_submission' })) return filingCase;
    throw new ConflictError(
      `Filing case ${caseId} is ${filingCase.status}: documents are accepted only while a filing, a corrected ` +
        `filing or a change filing (变更备案) is awaited`,
    );
  }
}
