import type { InstitutionNature } from '@tuoyu/contracts';
import type { FieldProblem } from '@tuoyu/kernel';
import type { AuthorityKind } from './registration.entity';

/**
 * Who may register what (domain.md): 机构编制 registers public institutions (事业单位) and public non-profits,
 * 民政 non-profits (民办非企业单位 / 社会服务机构), 市场监管 for-profit companies and 个体工商户; a 行政审批服务管理局
 * registers non-profits and for-profits.
 */
const NATURES_BY_AUTHORITY: Record<AuthorityKind, InstitutionNature[]> = {
  establishment: ['public_institution', 'nonprofit'],
  civil_affairs: ['nonprofit'],
  market_regulation: ['forprofit'],
  approval_bureau: ['nonprofit', 'forprofit'],
};

/** GB 32100 position 1: the registering department's code for each authority kind. */
const USCC_DEPARTMENTS: Record<AuthorityKind, string[]> = {
  establishment: ['1'],
  civil_affairs: ['5'],
  market_regulation: ['9'],
  approval_bureau: ['5', '9'],
};

/** GB 32100 position 2 under each department code: the entity types each nature may have. */
const USCC_ENTITY_TYPES: Record<string, Partial<Record<InstitutionNature, string[]>>> = {
  '1': { public_institution: ['2'], nonprofit: ['2', '3', '9'] },
  '5': { nonprofit: ['1', '2', '3', '9'] },
  '9': { forprofit: ['1', '2', '3'] },
};

const NATURE_LABEL: Record<InstitutionNature, string> = {
  public_institution: 'a public institution (事业单位)',
  nonprofit: 'a non-profit (非营利性)',
  forprofit: 'a for-profit (营利性)',
};

const AUTHORITY_LABEL: Record<AuthorityKind, string> = {
  establishment: '机构编制部门',
  civil_affairs: '民政部门',
  market_regulation: '市场监管部门',
  approval_bureau: '行政审批服务管理局',
};

export interface RegistrationFacts {
  uscc: string;
  nature: InstitutionNature;
  authorityKind: AuthorityKind;
}

/** Every inconsistency between nature, authority and the USCC's department and entity-type codes. */
export function registrationConsistencyProblems({ uscc, nature, authorityKind }: RegistrationFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!NATURES_BY_AUTHORITY[authorityKind].includes(nature)) {
    problems.push({
      field: 'nature',
      code: 'authority_mismatch',
      message: `${AUTHORITY_LABEL[authorityKind]} (${authorityKind}) does not register ${NATURE_LABEL[nature]}`,
    });
  }
  const department = uscc.charAt(0);
  if (!USCC_DEPARTMENTS[authorityKind].includes(department)) {
    problems.push({
      field: 'uscc',
      code: 'department_mismatch',
      message: `USCC position 1 is ${department}, but ${AUTHORITY_LABEL[authorityKind]} codes are ${USCC_DEPARTMENTS[authorityKind].join(' or ')} (登记管理部门代码不符)`,
    });
    return problems;
  }
  const entityTypes = USCC_ENTITY_TYPES[department]?.[nature];
  const entityType = uscc.charAt(1);
  if (!entityTypes?.includes(entityType)) {
    problems.push({
      field: 'uscc',
      code: 'entity_type_mismatch',
      message: `USCC position 2 is ${entityType}, which under department code ${department} is not ${NATURE_LABEL[nature]} (机构类别代码不符)`,
    });
  }
  return problems;
}
