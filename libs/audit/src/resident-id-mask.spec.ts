import { maskIdsIn } from './resident-id-mask';

describe('maskIdsIn', () => {
  it.each([
    ['person:11010519491231002X', 'person:1101**********002X'],
    ['{"id":"110105194912310021"}', '{"id":"1101**********0021"}'],
    ['two 110105194912310021 and 51200219900101123x', 'two 1101**********0021 and 5120**********123x'],
    // Not 18 characters on their own: a USCC, a longer number and a short one stay as they are.
    ['institution:91512002MA6ABCDE1X', 'institution:91512002MA6ABCDE1X'],
    ['1101051949123100212', '1101051949123100212'],
    ['department:512002', 'department:512002'],
  ])('%s', (text, masked) => {
    expect(maskIdsIn(text)).toBe(masked);
  });
});
