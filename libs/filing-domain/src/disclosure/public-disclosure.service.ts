import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { regionPrefix } from '@tuoyu/identity';
import { FilingCase } from '../filing-case.entity';

export interface PublicFiling {
  name: string;
  uscc: string;
  regionCode: string;
  address: string;
  serviceTypes: string[];
  places: number;
  inclusive: boolean;
  filedOn: string;
  receiptNumber: string;
  evaluationLevel: string | null;
}

export interface PublicNonComplianceNotice {
  name: string;
  uscc: string;
  regionCode: string;
  reasons: string[];
  decidedOn: string;
}

/** What health departments publish (株洲: 定期公示托育机构备案情况): no personal data, no internal state. */
@Injectable()
export class PublicDisclosure {
  constructor(private readonly em: EntityManager) {}

  async filed(region: string | undefined, limit: number): Promise<PublicFiling[]> {
    const cases = await this.em
      .fork()
      .find(
        FilingCase,
        { status: 'filed', ...(region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}) },
        { orderBy: { filedOn: 'desc', id: 'asc' }, limit },
      );
    return cases.map((c) => ({
      name: c.name,
      uscc: c.uscc,
      regionCode: c.regionCode,
      address: c.address,
      serviceTypes: c.serviceTypes,
      places: c.capacity,
      inclusive: c.inclusive,
      filedOn: c.filedOn!,
      receiptNumber: c.receiptNumber!,
      evaluationLevel: c.evaluationLevel ?? null,
    }));
  }

  async nonCompliance(region: string | undefined, limit: number): Promise<PublicNonComplianceNotice[]> {
    const cases = await this.em
      .fork()
      .find(
        FilingCase,
        { decidedOn: { $ne: null }, ...(region ? { regionCode: { $like: `${regionPrefix(region)}%` } } : {}) },
        { orderBy: { decidedOn: 'desc', id: 'asc' }, limit },
      );
    return cases.map((c) => ({
      name: c.name,
      uscc: c.uscc,
      regionCode: c.regionCode,
      reasons: c.nonComplianceReasons ?? [],
      decidedOn: c.decidedOn!,
    }));
  }
}
