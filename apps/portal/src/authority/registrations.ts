/** GET /registrations item (registration service). */
export interface RegistrationListItem {
  id: string;
  uscc: string;
  name: string;
  regionCode: string;
  authorityKind: string;
  approvedOn: string;
  status: string;
  sharing: { dueOn: string; dueAt: string; status: 'pending' | 'delivered' | 'overdue'; deliveredAt: string | null };
}

export const SHARING_ZH: Record<RegistrationListItem['sharing']['status'], { label: string; color: string }> = {
  pending: { label: '待推送', color: 'orange' },
  delivered: { label: '已推送', color: 'green' },
  overdue: { label: '已逾期', color: 'red' },
};

/** Today's date in China by the platform's clock (what a registration is approved on by default). */
export function shanghaiDate(now: string | undefined): string {
  if (!now) return '';
  return new Date(new Date(now).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
