/** The notice cannot be delivered (SMTP 5xx, rejected address, or no attempts left): the row says failed. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}
