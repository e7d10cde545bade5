import { Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@tuoyu/kernel';

/** A reference number as complaintReference makes it (TS + date + 8 characters); anything else is a 400. */
@Injectable()
export class ComplaintReferencePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const reference = value.trim().toUpperCase();
    if (!/^TS\d{8}[2-9A-HJKMNP-Z]{8}$/.test(reference)) {
      throw new InvalidInputError('reference is not a complaint reference number', [
        { field: 'reference', code: 'format', message: 'reference must look like TS20261012K7Q2M9XD' },
      ]);
    }
    return reference;
  }
}
