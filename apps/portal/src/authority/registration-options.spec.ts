import { SERVICE_TYPES, serviceTypeZh } from './registration-options';

describe('service type labels, one source for the registration form and the public disclosure', () => {
  it('offers the four service types in their order, each with its Chinese label', () => {
    expect(SERVICE_TYPES).toEqual([
      { value: 'full_day', label: '全日托' },
      { value: 'half_day', label: '半日托' },
      { value: 'hourly', label: '计时托' },
      { value: 'temporary', label: '临时托' },
    ]);
  });

  it.each([
    ['full_day', '全日托'],
    ['temporary', '临时托'],
    ['overnight', 'overnight'], // unknown to this portal build: shown as the service sent it
    ['constructor', 'constructor'], // not read off the object's prototype
  ])('a published filing’s %s shows as %s', (type, label) => expect(serviceTypeZh(type)).toBe(label));
});
