import { ValidationOptions, registerDecorator } from 'class-validator';
import { checkRegionCode } from './region';
import { checkResidentId } from './resident-id';
import { findResidentIds } from './resident-id-in-text';
import { checkUscc } from './uscc';

function fromCheck(name: string, check: (value: string) => { message: string } | string | undefined) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyKey) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyKey),
        options,
        validator: {
          validate: (value: unknown) => typeof value === 'string' && check(value) === undefined,
          defaultMessage: (args) => {
            if (typeof args?.value !== 'string') return `${args?.property} must be a string`;
            const problem = check(args.value);
            return `${args.property} ${typeof problem === 'string' ? problem : problem?.message}`;
          },
        },
      });
}

export const IsUscc = fromCheck('uscc', checkUscc);
export const IsResidentId = fromCheck('residentId', checkResidentId);
export const IsRegionCode = fromCheck('regionCode', checkRegionCode);
/** Free text a department types (reasons, items) must not carry a full resident ID: notices quote it. */
export const HasNoResidentId = fromCheck('noResidentId', (text) =>
  findResidentIds(text).length
    ? `must not contain a full resident ID number (身份证号 ${findResidentIds(text).join(', ')}); write it masked`
    : undefined,
);

/** The precise error code (format, checksum, birth_date, ...) behind a failed identifier constraint. */
export function identifierProblemCode(constraint: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (constraint === 'uscc') return checkUscc(value)?.code;
  if (constraint === 'residentId') return checkResidentId(value)?.code;
  if (constraint === 'regionCode') return checkRegionCode(value) ? 'format' : undefined;
  return undefined;
}
