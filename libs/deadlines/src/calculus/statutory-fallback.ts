import chineseDays from 'chinese-days';
import { addDays } from './local-date';
import { NamedDay } from './holiday-notice';

/**
 * The holidays every year has by law (《全国年节及纪念日放假办法》, as amended 2024, in force 2025-01-01), for years
 * whose State Council notice is not known yet: 元旦 1 day; 春节 除夕 and 初一–初三; 清明 1 day; 劳动节 5/1–5/2;
 * 端午 1 day; 中秋 1 day; 国庆 10/1–10/3. Without a notice there are no 调休 make-up days, so results are provisional.
 */
export function statutoryHolidaysOf(year: number): NamedDay[] {
  const springFestival = lunarToSolar(year, 1, 1);
  return [
    { date: `${year}-01-01`, name: "元旦 New Year's Day" },
    { date: addDays(springFestival, -1), name: '春节 Spring Festival (除夕)' },
    { date: springFestival, name: '春节 Spring Festival' },
    { date: addDays(springFestival, 1), name: '春节 Spring Festival' },
    { date: addDays(springFestival, 2), name: '春节 Spring Festival' },
    { date: qingmingOf(year), name: '清明节 Tomb-sweeping Day' },
    { date: `${year}-05-01`, name: '劳动节 Labour Day' },
    { date: `${year}-05-02`, name: '劳动节 Labour Day' },
    { date: lunarToSolar(year, 5, 5), name: '端午节 Dragon Boat Festival' },
    { date: lunarToSolar(year, 8, 15), name: '中秋节 Mid-autumn Festival' },
    { date: `${year}-10-01`, name: '国庆节 National Day' },
    { date: `${year}-10-02`, name: '国庆节 National Day' },
    { date: `${year}-10-03`, name: '国庆节 National Day' },
  ];
}

/**
 * chinese-days reads a "YYYY-MM-DD" string as UTC but formats in local time, so its answers shift by a day
 * west of UTC. A "YYYY/MM/DD" string is read in local time and formatted in local time: the same in every TZ.
 */
function lunarToSolar(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return chineseDays.getSolarDateFromLunar(`${year}/${pad(month)}/${pad(day)}`).date;
}

/**
 * 清明 (pure brightness) by the 寿星 formula for 2001-2099: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ with Y = year mod 100.
 * Computed here because the library's solar-term helper has the time-zone shift described above.
 */
export function qingmingOf(year: number): string {
  if (year < 2001 || year > 2099) throw new RangeError(`清明 is computed for 2001-2099, not ${year}`);
  const y = year % 100;
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return `${year}-04-${String(day).padStart(2, '0')}`;
}
