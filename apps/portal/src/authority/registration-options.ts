/** The service types (服务类型) a registration names, as registering and changing offer them. */
export const SERVICE_TYPES = [
  { value: 'full_day', label: '全日托' },
  { value: 'half_day', label: '半日托' },
  { value: 'hourly', label: '计时托' },
  { value: 'temporary', label: '临时托' },
];
