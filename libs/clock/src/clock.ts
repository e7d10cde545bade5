/** The one source of "now". Domain code receives a Clock; nothing else reads the system time. */
export abstract class Clock {
  abstract now(): Date;
}
