import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@tuoyu/audit';
import { Clock } from '@tuoyu/clock';
import { shanghaiIso } from '@tuoyu/deadlines';
import { AppConfig } from '@tuoyu/config';
import { resolvedWebhookUrlProblem } from '@tuoyu/http';
import { InvalidInputError, NotFoundError } from '@tuoyu/kernel';
import { Department } from './department.entity';
import { HandoffService } from './handoff/handoff.service';

/** name and email are always given; an optional field left out keeps its value, null clears it. */
export interface DepartmentEntry {
  name: string;
  email: string;
  phone?: string | null;
  webhookUrl?: string | null;
  webhookSecret?: string | null;
  population?: number | null;
}

export interface DepartmentView {
  regionCode: string;
  name: string;
  email: string;
  phone: string | null;
  webhookUrl: string | null;
  hasWebhookSecret: boolean;
  population: number | null;
  updatedAt: string;
}

function toView(department: Department): DepartmentView {
  return {
    regionCode: department.regionCode,
    name: department.name,
    email: department.email,
    phone: department.phone ?? null,
    webhookUrl: department.webhookUrl ?? null,
    hasWebhookSecret: Boolean(department.webhookSecret),
    population: department.population ?? null,
    updatedAt: shanghaiIso(department.updatedAt),
  };
}

/** The department directory of api.md (PUT/GET /departments/:regionCode). */
@Injectable()
export class DepartmentDirectory {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly handoffs: HandoffService,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Adding a region's department delivers the handoffs held for it, in the same transaction. An edit that leaves
   * out the webhook, its secret, the phone or the population keeps them: the portal's form renames a department
   * without knowing its (write-only) secret.
   */
  async put(regionCode: string, entry: DepartmentEntry): Promise<DepartmentView> {
    const problem = entry.webhookUrl
      ? await resolvedWebhookUrlProblem(entry.webhookUrl, this.config.isProduction)
      : undefined;
    if (problem) {
      throw new InvalidInputError(`webhookUrl ${problem}`, [
        { field: 'webhookUrl', code: 'url', message: `webhookUrl ${problem}` },
      ]);
    }
    return this.em.fork().transactional(async (em) => {
      const department = await em.getRepository(Department).lockOrCreate(regionCode, entry, this.clock.now());
      const given = Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
      em.assign(department, { ...given, updatedAt: this.clock.now() });
      await this.handoffs.shareHeld(em, department);
      // The secret itself never goes into the trail: only whether one is set.
      this.audit.record(em, 'department.put', `department:${regionCode}`, {
        ...given,
        webhookSecret: !!department.webhookSecret,
      });
      return toView(department);
    });
  }

  async list(): Promise<DepartmentView[]> {
    return (await this.em.fork().getRepository(Department).all()).map(toView);
  }

  async get(regionCode: string): Promise<DepartmentView> {
    const department = await this.em.fork().getRepository(Department).forRegion(regionCode);
    if (!department) throw new NotFoundError(`No department is registered for region ${regionCode}`);
    return toView(department);
  }
}
