import { COMPLAINT_CATEGORIES } from './complaint-categories';
import { Complaint } from './complaint.entity';

/** What anyone holding the reference may read: the state and the reply, never who complained. */
export function toPublicComplaintView(c: Complaint) {
  return {
    reference: c.reference,
    status: c.status,
    category: c.category,
    categoryLabel: COMPLAINT_CATEGORIES[c.category],
    institutionName: c.institutionName,
    receivedOn: c.receivedOn,
    dueOn: c.dueOn ?? null,
    repliedOn: c.repliedOn ?? null,
    reply: c.reply ?? null,
  };
}

/** The department's and administrators' view, with the contact they need to call the complainant back. */
export function toComplaintView(c: Complaint) {
  return {
    id: c.id,
    ...toPublicComplaintView(c),
    channel: c.channel,
    hotlineCaseNumber: c.hotlineCaseNumber ?? null,
    anonymous: !c.contactEmail && !c.contactPhone,
    contact: { name: c.contactName ?? null, email: c.contactEmail ?? null, phone: c.contactPhone ?? null },
    institutionUscc: c.institutionUscc ?? null,
    institutionIdentified: !!c.subjectId,
    subjectId: c.subjectId ?? null,
    regionCode: c.regionCode ?? null,
    overdue: c.overdue,
    facts: c.facts,
    findings: c.findings ?? null,
    inspectionId: c.inspectionId ?? null,
    rectificationOrderId: c.rectificationOrderId ?? null,
  };
}

export type ComplaintView = ReturnType<typeof toComplaintView>;
