import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@tuoyu/clock';
import { Principal } from '@tuoyu/identity';
import { NotFoundError } from '@tuoyu/kernel';
import { visibleCase } from './case-access';
import { DocumentDownload } from './document-download.entity';
import { DocumentStore } from '@tuoyu/documents';
import { FilingDocument } from './filing-document.entity';

export interface OpenedDocument {
  document: FilingDocument;
  content: Readable;
}

/**
 * Opens a filing document for the institution (own case), the department of the case's region or an
 * administrator, and records who opened it and when before the first byte is sent.
 */
@Injectable()
export class DocumentReader {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly store: DocumentStore,
  ) {}

  async open(caseId: string, documentId: string, principal: Principal): Promise<OpenedDocument> {
    const em = this.em.fork();
    const filingCase = await visibleCase(em, caseId, principal);
    const document = await em.findOne(FilingDocument, { id: documentId, filingCase });
    if (!document) throw new NotFoundError(`Document ${documentId} of filing case ${caseId} does not exist`);
    const content = await this.store.get(document.storageKey);
    em.create(DocumentDownload, {
      id: randomUUID(),
      documentId: document.id,
      filingCaseId: filingCase.id,
      role: principal.role,
      actor: actorOf(principal),
      downloadedAt: this.clock.now(),
    });
    try {
      await em.flush();
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { document, content };
  }
}

function actorOf(principal: Principal): string | undefined {
  switch (principal.role) {
    case 'department':
    case 'authority':
      return principal.region;
    case 'institution':
      return principal.uscc;
    case 'admin':
    case 'hotline':
      return principal.subject;
  }
}
