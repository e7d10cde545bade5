import type { components } from '../api-types/registration';

/** A service type (服务类型) as the registration service's OpenAPI names it (generated at build). */
export type ServiceType = components['schemas']['CreateRegistrationDto']['serviceTypes'][number];

/** Each service type's label: typed by the API, so a new service type does not typecheck until it has one. */
export const SERVICE_TYPE_ZH: Record<ServiceType, string> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};

/** The service types a registration names, as registering and changing offer them. */
export const SERVICE_TYPES = (Object.entries(SERVICE_TYPE_ZH) as [ServiceType, string][]).map(([value, label]) => ({
  value,
  label,
}));

/** The label of a service type read from elsewhere (a published filing); an unknown one shows as sent. */
export function serviceTypeZh(type: string): string {
  return Object.hasOwn(SERVICE_TYPE_ZH, type) ? SERVICE_TYPE_ZH[type as ServiceType] : type;
}
