import { EntityManager } from '@mikro-orm/postgresql';
import { type FieldProblem, InvalidInputError } from '@tuoyu/kernel';
import type { SubmittedDocument } from '../submission/filing-materials';
import { FilingDocument } from './filing-document.entity';

/**
 * The uploaded documents a submission names, as it records them. Every id must be a document of this case
 * (400 naming each that is not); a document may be named again by a later submission (it is immutable).
 */
export async function submittedDocuments(
  em: EntityManager,
  caseId: string,
  ids: string[],
): Promise<SubmittedDocument[]> {
  const found = ids.length ? await em.find(FilingDocument, { id: { $in: ids }, filingCase: caseId }) : [];
  const byId = new Map(found.map((d) => [d.id, d]));
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    if (!byId.has(id)) {
      problems.push({
        field: `documents[${i}]`,
        code: 'not_found',
        message: `${id} is not a document uploaded to this case (POST /filings/${caseId}/documents)`,
      });
    }
  });
  if (problems.length) throw new InvalidInputError('Some documents are not uploaded to this case', problems);
  return ids.map((id) => {
    const d = byId.get(id) as FilingDocument;
    return { id: d.id, kind: d.kind, fileName: d.fileName, sha256: d.sha256 };
  });
}
