import { ValidationError, getMetadataStorage } from 'class-validator';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nestedProperties(target: object): { property: string; each: boolean }[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return metadatas
    .filter((m) => m.type === 'nestedValidation')
    .map((m) => ({ property: m.propertyName, each: Boolean(m.each) }));
}

function shapeError(property: string, value: unknown, message: string): ValidationError {
  return Object.assign(new ValidationError(), { property, value, constraints: { isObject: message }, children: [] });
}

/**
 * class-validator's @ValidateNested accepts an array where one object is expected (it validates each element) and
 * an array of arrays where objects are expected, so `materials: []` or `staff: [[…]]` would pass and crash later.
 * This walks the transformed DTO and names each such field (api.md: wrong shapes are a 400 naming the field).
 */
export function shapeErrors(instance: object): ValidationError[] {
  const errors: ValidationError[] = [];
  const record = instance as Record<string, unknown>;
  for (const { property, each } of nestedProperties(instance)) {
    const value = record[property];
    if (value === undefined || value === null) continue;
    if (!each) {
      if (!isObject(value)) errors.push(shapeError(property, value, `${property} must be a JSON object`));
      else pushChildren(errors, property, value, shapeErrors(value));
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push(shapeError(property, value, `${property} must be an array of JSON objects`));
      continue;
    }
    const children = value.flatMap((element: unknown, index) => {
      if (!isObject(element)) return [shapeError(String(index), element, `each of ${property} must be a JSON object`)];
      const inner = shapeErrors(element);
      return inner.length ? [Object.assign(new ValidationError(), { property: String(index), children: inner })] : [];
    });
    if (children.length) errors.push(Object.assign(new ValidationError(), { property, value, children }));
  }
  return errors;
}

function pushChildren(errors: ValidationError[], property: string, value: unknown, children: ValidationError[]): void {
  if (children.length) errors.push(Object.assign(new ValidationError(), { property, value, children }));
}
