import type { components } from '../api-types/registration';

/** GET /registrations item, typed from the registration service's OpenAPI (generated at build). */
export type RegistrationListItem = components['schemas']['RegistrationListItemDto'];

export const SHARING_ZH: Record<RegistrationListItem['sharing']['status'], { label: string; color: string }> = {
  pending: { label: '待推送', color: 'orange' },
  delivered: { label: '已推送', color: 'green' },
  overdue: { label: '已逾期', color: 'red' },
};
