import { Clock } from './clock';

/** Real time, unshifted: for command-line tools that run outside a service. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
