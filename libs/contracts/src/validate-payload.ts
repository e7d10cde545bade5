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

/** Validates a plain payload against its class; throws InvalidMessageError naming every bad field. */
export function validatePayload<T extends object>(cls: ClassConstructor<T>, data: unknown, what: string): T {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidMessageError(
      `${what}: payload must be a JSON object, got ${data === null ? 'null' : typeof data}`,
    );
  }
  const instance = plainToInstance(cls, data);
  const problems = describe(validateSync(instance, { forbidUnknownValues: true }));
  if (problems.length > 0) throw new InvalidMessageError(`${what} is invalid: ${problems.join('; ')}`);
  return instance;
}
