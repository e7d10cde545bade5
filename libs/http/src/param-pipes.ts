import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

function paramProblem(metadata: ArgumentMetadata, code: string, reason: string): BadRequestException {
  const field = metadata.data ?? metadata.type;
  const message = `${field} ${reason}`;
  return new BadRequestException({ message, errors: [{ field, code, message }] });
}

/** A UUID v4 path parameter; a bad one is a 400 naming the parameter (api.md error shape). */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value, '4')) return value;
    throw paramProblem(metadata, 'format', 'must be a UUID (version 4)');
  }
}

/** A whole-number path parameter (e.g. a year). */
@Injectable()
export class IntParamPipe implements PipeTransform<string | number, number> {
  transform(value: string | number, metadata: ArgumentMetadata): number {
    // The global ValidationPipe (transform: true) runs first and may already have turned "2027" into 2027.
    if (typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) < 1e9) return value;
    if (typeof value === 'string' && /^-?\d{1,9}$/.test(value)) return Number(value);
    throw paramProblem(metadata, 'type', 'must be a whole number');
  }
}
