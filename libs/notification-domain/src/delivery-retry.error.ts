/** A transient SMTP failure with attempts left: the consumer should hand the notice back after `waitMs`. */
export class DeliveryRetryError extends Error {
  constructor(
    message: string,
    readonly waitMs: number,
  ) {
    super(message);
    this.name = 'DeliveryRetryError';
  }
}
