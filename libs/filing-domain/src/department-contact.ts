import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentContact } from '@tuoyu/contracts';
import { Department } from './department.entity';

/** The institution's county department as its notices name it: whom to ask. */
export function contactOf(department: Department | null | undefined): DepartmentContact | undefined {
  if (!department) return undefined;
  const { name, email, phone } = department;
  return phone ? { name, email, phone } : { name, email };
}

/** The contact of a region's department, or none while the region has no directory entry yet. */
export async function departmentContactFor(em: EntityManager, regionCode: string) {
  return contactOf(await em.getRepository(Department).forRegion(regionCode));
}
