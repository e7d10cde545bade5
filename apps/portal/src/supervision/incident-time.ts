/** The wall time typed (datetime-local) as Beijing time, the platform's zone, whatever zone the phone is set to. */
export function beijingInstant(wallTime: string): string {
  return `${wallTime.slice(0, 16)}:00+08:00`;
}
