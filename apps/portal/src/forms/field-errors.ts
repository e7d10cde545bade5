import type { FormInstance } from 'antd';
import { ApiError, fieldName } from '../api';
import type { Wording } from '../i18n';
import { touchedByChange } from './changed-fields';

// The fields each form shows a server's problem at, until the person changes them (AntD keeps an error set by
// setFields until something replaces it, and a field without rules is never validated again).
const serverErrored = new WeakMap<FormInstance, Set<string>>();

/**
 * Puts each field problem of an api.md error at its form field (`legalRepresentative.idNumber` → that input;
 * `serviceTypes.1` → the service types), as `say` words it. Returns the problems no field of the form shows, for
 * a message above it.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  fields: ReadonlySet<string>,
  say: Wording,
): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [say.failure(error)];
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const problem of error.errors) {
    const name = fieldName(problem.field);
    if (fields.has(name)) byField.set(name, [...(byField.get(name) ?? []), say.problem(problem)]);
    else rest.push(`${problem.field}: ${say.problem(problem)}`);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  serverErrored.set(form, new Set([...(serverErrored.get(form) ?? []), ...byField.keys()]));
  return rest;
}

/**
 * A form's `onValuesChange`: a server's problem leaves its field once the person changes that field (or a part of
 * it), so the field no longer shows an error they may have fixed already.
 */
export function clearFieldErrorsOnChange(form: FormInstance, changedValues: unknown): void {
  const errored = serverErrored.get(form);
  if (!errored?.size) return;
  const cleared = touchedByChange(errored, changedValues);
  for (const name of cleared) errored.delete(name);
  if (cleared.length > 0) form.setFields(cleared.map((name) => ({ name: name.split('.'), errors: [] })));
}
