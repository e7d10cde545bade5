import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { InvalidMessageError } from './invalid-message.error';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => `${path}: ${reason}`);
    return [...own, ...describe(error.children ?? [], path)];
  });
}

/** No message comes near this; a bigger one is an attack or a bug, refused before it is validated field by field. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

function kindOf(data: unknown): string {
  return data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data;
}

/**
 * Validates a plain payload against its class; throws InvalidMessageError naming every bad field, every field the
 * contract does not know, or the size of an oversized payload.
 */
export function validatePayload<T extends object>(cls: ClassConstructor<T>, data: unknown, what: string): T {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidMessageError(`${what}: payload must be a JSON object, got ${kindOf(data)}`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(data));
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new InvalidMessageError(`${what}: payload is ${bytes} bytes, more than the ${MAX_PAYLOAD_BYTES} allowed`);
  }
  const instance = plainToInstance(cls, data);
  const problems = describe(
    validateSync(instance, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true }),
  );
  if (problems.length > 0) throw new InvalidMessageError(`${what} is invalid: ${problems.join('; ')}`);
  return instance;
}
