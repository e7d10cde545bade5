/** A message that does not meet its contract. Consumers fail it at once: retrying cannot fix it. */
export class InvalidMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidMessageError';
  }
}
