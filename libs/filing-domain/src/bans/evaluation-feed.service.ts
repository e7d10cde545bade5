import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { BanRecorded, EvaluationPublished, SupervisionCaseChanged } from '@tuoyu/contracts';
import { FilingCase } from '../filing-case.entity';
import { RosterEntry } from '../submission/roster-entry.entity';
import { SupervisionCase } from '../supervision/supervision-case.entity';
import { BanRecord } from './ban-record.entity';

/** What the evaluation service decides and the filing side must enforce or disclose. */
@Injectable()
export class EvaluationFeedService {
  private readonly logger = new Logger(EvaluationFeedService.name);

  /** Idempotent by ban id. Rosters are checked against it at every later submission. */
  async recordBan(em: EntityManager, ban: BanRecorded): Promise<void> {
    if (await em.findOne(BanRecord, ban.banId)) return;
    em.create(BanRecord, {
      id: ban.banId,
      subject: ban.subject,
      personIdHash: ban.personIdHash,
      uscc: ban.uscc,
      reason: ban.reason,
      regionCode: ban.regionCode,
      recordedOn: ban.recordedOn,
    });
    if (ban.subject === 'person') {
      const listed = await em.count(RosterEntry, { personIdHash: ban.personIdHash, active: true });
      // Removing a carer from a roster is the department's decision; the log makes the case visible.
      if (listed) this.logger.warn(`banned person ${ban.personIdMasked ?? ''} is on ${listed} active roster(s)`);
    }
  }

  /** The level is disclosed with the filing; a later publication replaces an earlier one. */
  async recordEvaluation(em: EntityManager, published: EvaluationPublished): Promise<void> {
    const filingCase = await em.findOne(FilingCase, published.filingCaseId);
    if (!filingCase) throw new Error(`EvaluationPublished for unknown filing case ${published.filingCaseId}`);
    if (filingCase.evaluationPublishedOn && filingCase.evaluationPublishedOn > published.publishedOn) return;
    filingCase.evaluationLevel = published.level;
    filingCase.evaluationPublishedOn = published.publishedOn;
  }

  /** A complaint or incident opened or closed: kept for the department's digest (the latest change wins). */
  recordSupervisionCase(em: EntityManager, change: SupervisionCaseChanged): Promise<void> {
    return em.getRepository(SupervisionCase).record(change);
  }
}
