import type { FieldProblem } from '@tuoyu/kernel';
import type { DocumentKind, FilingMaterials, StaffMember } from './filing-materials';

const DOCUMENT_WORDS: Record<DocumentKind, string> = {
  business_license: '营业执照或其他法人登记证书 (business licence)',
  premises_proof: '场地证明 (proof of premises)',
  staff_qualifications: '工作人员资格证明 (staff qualifications)',
  staff_health_certificates: '工作人员健康证明 (staff health certificates)',
  health_evaluation_report: '托幼机构卫生评价报告 (health evaluation report)',
  fire_safety_certificate: '消防安全检查合格证明或消防验收意见书 (fire safety certificate)',
  food_license: '食品经营许可证 (food business licence)',
};

/**
 * The rules of domain.md a submission must meet before a department looks at it: both online forms confirmed,
 * owned premises or a lease of at least 3 years, a 合格 health evaluation, a food licence when meals are
 * served, a document uploaded for every required kind, every carer with a health certificate. One problem per
 * field; each missing kind is named.
 */
export function materialProblems(
  { materials, staff }: { materials: FilingMaterials; staff: StaffMember[] },
  documentKinds: DocumentKind[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!materials.filingFormConfirmed) add('materials.filingFormConfirmed', 'required', '备案书 must be confirmed');
  if (!materials.commitmentConfirmed) add('materials.commitmentConfirmed', 'required', '备案承诺书 must be confirmed');
  if (materials.premises.ownership === 'leased' && (materials.premises.leaseYears ?? 0) < 3) {
    add(
      'materials.premises.leaseYears',
      'too_short',
      'a leased site needs a lease of at least 3 years (租期不少于3年)',
    );
  }
  if (materials.healthEvaluation.result !== 'qualified') {
    add(
      'materials.healthEvaluation.result',
      'not_qualified',
      'the 托幼机构卫生评价报告 must be rated 合格 (qualified)',
    );
  }
  if (materials.mealsServed && !materials.foodLicenseNumber) {
    add('materials.foodLicenseNumber', 'required', 'a 食品经营许可证 number is required when meals are served');
  }
  const required: DocumentKind[] = [
    'business_license',
    'premises_proof',
    'staff_qualifications',
    'staff_health_certificates',
    'health_evaluation_report',
    'fire_safety_certificate',
    ...(materials.mealsServed ? (['food_license'] as const) : []),
  ];
  const present = new Set(documentKinds);
  for (const kind of required) {
    if (!present.has(kind)) add('documents', 'missing', `missing document ${kind}: ${DOCUMENT_WORDS[kind]}`);
  }
  staff.forEach((member, i) => {
    if (!member.healthCertificate) add(`staff[${i}].healthCertificate`, 'required', `${member.name} has no 健康证明`);
  });
  const seen = new Map<string, number>();
  staff.forEach((member, i) => {
    const id = member.idNumber.toUpperCase();
    if (seen.has(id)) add(`staff[${i}].idNumber`, 'duplicate', `listed twice (also staff[${seen.get(id)}])`);
    else seen.set(id, i);
  });
  if (!staff.some((m) => m.role === 'director')) add('staff', 'missing', 'the roster needs a director (负责人)');
  return problems;
}
