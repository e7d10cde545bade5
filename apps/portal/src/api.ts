/** The api.md error shape. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * Calls the portal server: the session cookie goes along (same origin), writes carry the portal header (CSRF),
 * errors become ApiError with the field problems.
 */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; form?: FormData } = {},
): Promise<T> {
  const method = init.method ?? (init.body !== undefined || init.form ? 'POST' : 'GET');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-tuoyu-portal'] = '1';
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as { message?: string | string[]; errors?: FieldProblem[] };
  if (!response.ok) {
    const message = Array.isArray(data.message) ? data.message.join('; ') : (data.message ?? response.statusText);
    throw new ApiError(response.status, message, data.errors ?? []);
  }
  return data as T;
}

/** A problem's field as the forms name it: a row is `staff.2.idNumber` whether written so or `staff[2].idNumber`. */
export function fieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** The field whichever row or item it is: `staff.idNumber`, `serviceTypes`. */
export function fieldName(field: string): string {
  return fieldPath(field)
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/**
 * The field problems keyed by field path (fieldPath), for forms (errors[] shown at each field), as `text` words
 * each; a field's problems are one line.
 */
export function problemsByField(error: unknown, text: (problem: FieldProblem) => string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const problem of error.errors) {
    const field = fieldPath(problem.field);
    byField[field] = byField[field] ? `${byField[field]}；${text(problem)}` : text(problem);
  }
  return byField;
}

/** A document's bytes as a Blob (for viewing in the page: the service sends them as an attachment). */
export async function apiBlob(path: string): Promise<Blob> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return response.blob();
}
