import { InvalidMessageError } from '@tuoyu/contracts';

/**
 * A notice would have shown a full resident ID number. An InvalidMessageError, because resending cannot fix it:
 * the producer must mask the number. The message names only the masked form, so logs stay clean too.
 */
export class UnmaskedResidentIdError extends InvalidMessageError {
  constructor(template: string, where: string[], masked: string[]) {
    super(
      `props of ${template} would show a full resident ID number (身份证号码) in the ${where.join(', ')}: ` +
        `${masked.join(', ')}; send it masked (e.g. 1101**********1234), never in full`,
    );
    this.name = 'UnmaskedResidentIdError';
  }
}
