import { BadRequestException, ValidationError } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { identifierProblemCode } from '@tuoyu/identity';
import { FieldProblem } from '@tuoyu/kernel';

const CODE_OF_CONSTRAINT: Record<string, string> = {
  isDefined: 'required',
  whitelistValidation: 'unknown_field',
  isString: 'type',
  isInt: 'type',
  isNumber: 'type',
  isBoolean: 'type',
  isArray: 'type',
  isObject: 'type',
  nestedValidation: 'type',
  isEmail: 'format',
  matches: 'format',
  isLocalDate: 'format',
  isIn: 'enum',
  isEnum: 'enum',
  noResidentId: 'personal_data',
};

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // When a value is missing, "required" says it all; the type/format complaints about undefined are noise.
    const missing = error.value === undefined && constraints.length > 0;
    const problems: FieldProblem[] = missing
      ? [{ field, code: 'required', message: `${field} is required` }]
      : constraints.map(([constraint, message]) => ({
          field,
          code: identifierProblemCode(constraint, error.value) ?? CODE_OF_CONSTRAINT[constraint] ?? constraint,
          message,
        }));
    // A value of the wrong type fails its range checks too; the type is the one thing to fix.
    const typeProblems = problems.filter((p) => p.code === 'type');
    return [...(typeProblems.length ? typeProblems : problems), ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates one plain object against a DTO class exactly as the global ValidationPipe does (bulk import rows),
 * returning the instance or every field problem.
 */
export function validateBody<T extends object>(
  cls: ClassConstructor<T>,
  data: unknown,
): { value?: T; problems: FieldProblem[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ field: 'body', code: 'type', message: 'each row must be a JSON object' }] };
  }
  const value = plainToInstance(cls, data);
  const problems = flatten(validateSync(value, { whitelist: true, forbidNonWhitelisted: true }));
  return problems.length ? { problems } : { value, problems };
}

/** ValidationPipe's exceptionFactory: every offending field, in the api.md error shape. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const problems = flatten(errors);
  return new BadRequestException({
    message: `Invalid request: ${problems.map((p) => p.field).join(', ')}`,
    errors: problems,
  });
}
