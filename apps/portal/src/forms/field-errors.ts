import type { FormInstance } from 'antd';
import { ApiError } from '../api';

/**
 * Puts each field problem of an api.md error at its form field (`legalRepresentative.idNumber` → that input;
 * `serviceTypes.1` → the service types). Returns the problems no field of the form shows, for a message above it.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: ReadonlySet<string>): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [(error as Error).message];
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const problem of error.errors) {
    const path = problem.field.split('.').filter((part) => !/^\d+$/.test(part));
    const name = path.join('.');
    if (fields.has(name)) byField.set(name, [...(byField.get(name) ?? []), problem.message]);
    else rest.push(`${problem.field}: ${problem.message}`);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return rest;
}
