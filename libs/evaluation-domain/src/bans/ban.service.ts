import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { BanSubject, MessageType, QueueName } from '@tuoyu/contracts';
import { localDateAt } from '@tuoyu/deadlines';
import { PiiHasher, Principal, checkResidentId, maskResidentId, regionContains, regionPrefix } from '@tuoyu/identity';
import { ConflictError, ForbiddenError, InvalidInputError } from '@tuoyu/kernel';
import { Outbox } from '@tuoyu/messaging';
import { EvaluationSubject } from '../evaluation-subject.entity';
import { actingRegion, readableRegion } from '../evaluation-scope';
import { Ban } from './ban.entity';

export interface BanCommand {
  subject: BanSubject;
  /** For a person: the resident ID number. Hashed and masked here; never stored, logged or sent. */
  idNumber?: string;
  uscc?: string;
  reason: string;
}

export interface BanView {
  id: string;
  subject: BanSubject;
  personIdMasked?: string;
  uscc?: string;
  reason: string;
  regionCode: string;
  recordedOn: string;
}

const toView = (ban: Ban): BanView => ({
  id: ban.id,
  subject: ban.subject,
  personIdMasked: ban.personIdMasked,
  uscc: ban.uscc,
  reason: ban.reason,
  regionCode: ban.regionCode,
  recordedOn: ban.recordedOn,
});

/**
 * Lifetime bans of persons (终身禁入: abuse, zero tolerance) and credit sanctions of institutions (失信联合惩戒),
 * recorded by the department and sent to filing, which refuses banned carers on any roster.
 */
@Injectable()
export class BanService {
  private readonly logger = new Logger(BanService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly hasher: PiiHasher,
    private readonly audit: AuditTrail,
  ) {}

  record(command: BanCommand, principal: Principal): Promise<BanView> {
    const regionCode = actingRegion(principal);
    const person = command.subject === 'person';
    const problem = person ? checkResidentId(command.idNumber ?? '') : undefined;
    // The DTO checks the number too; this guards every other caller of the domain.
    if (problem) throw new InvalidInputError(`idNumber ${problem.message}`, [{ field: 'idNumber', ...problem }]);
    const personIdHash = person ? this.hasher.residentId(command.idNumber!) : undefined;
    const personIdMasked = person ? maskResidentId(command.idNumber!) : undefined;
    return this.em.fork().transactional(async (em) => {
      if (!person) await this.assertInstitutionInRegion(em, command.uscc ?? '', regionCode);
      const existing = await em.findOne(
        Ban,
        person ? { personIdHash } : { subject: 'institution', uscc: command.uscc },
      );
      if (existing) {
        throw new ConflictError(`${person ? personIdMasked : command.uscc} is already banned (${existing.recordedOn})`);
      }
      const recordedOn = localDateAt(this.clock.now());
      const ban = em.create(Ban, {
        id: randomUUID(),
        subject: command.subject,
        personIdHash,
        personIdMasked,
        uscc: person ? undefined : command.uscc,
        reason: command.reason,
        regionCode,
        recordedOn,
        createdAt: this.clock.now(),
      });
      // A person only by the masked ID: the audit trail never holds a full resident ID.
      this.audit.record(em, 'ban.record', person ? `person:${personIdMasked}` : `institution:${command.uscc}`, {
        banId: ban.id,
        reason: ban.reason,
      });
      this.outbox.add(em, QueueName.Filing, MessageType.BanRecorded, {
        v: 1,
        banId: ban.id,
        subject: ban.subject,
        personIdHash: ban.personIdHash,
        personIdMasked: ban.personIdMasked,
        uscc: ban.uscc,
        reason: ban.reason,
        regionCode,
        recordedOn,
      });
      this.logger.log(`ban recorded in ${regionCode}: ${ban.personIdMasked ?? ban.uscc}`);
      return toView(ban);
    });
  }

  /**
   * A credit sanction of an institution is the business of the department of its region only (persons' bans stay
   * national). The institution's region is its evaluation subject's, or else the division code in its USCC.
   */
  private async assertInstitutionInRegion(em: EntityManager, uscc: string, region: string): Promise<void> {
    const subject = await em.getRepository(EvaluationSubject).findOne({ uscc }, { orderBy: { createdAt: 'desc' } });
    const institutionRegion = subject?.regionCode ?? uscc.slice(2, 8);
    if (!regionContains(region, institutionRegion)) {
      throw new ForbiddenError(`${uscc} is registered in region ${institutionRegion}, outside your region ${region}`, [
        { field: 'uscc', code: 'region', message: `the institution is outside region ${region}` },
      ]);
    }
  }

  async list(principal: Principal, limit: number): Promise<BanView[]> {
    const region = readableRegion(principal);
    const bans = await this.em.fork().find(Ban, region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}, {
      orderBy: { createdAt: 'desc' },
      limit,
    });
    return bans.map(toView);
  }
}
