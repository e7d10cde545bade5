import type { NextFunction, Request, Response } from 'express';

/** Limits every JSON body meets before validation (a 5,000-deep body once overflowed the validation pipe's stack). */
export const REQUEST_LIMITS = { depth: 12, arrayLength: 1000, stringLength: 20_000, queryLength: 2_000 } as const;

interface Problem {
  field: string;
  code: string;
  message: string;
}

function check(value: unknown, path: string, depth: number): Problem | undefined {
  const field = path || 'body';
  if (typeof value === 'string') {
    return value.length > REQUEST_LIMITS.stringLength
      ? { field, code: 'too_long', message: `${field} is longer than ${REQUEST_LIMITS.stringLength} characters` }
      : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > REQUEST_LIMITS.depth) {
    return { field, code: 'too_deep', message: `${field} is nested more than ${REQUEST_LIMITS.depth} levels deep` };
  }
  if (Array.isArray(value)) {
    if (value.length > REQUEST_LIMITS.arrayLength) {
      return { field, code: 'too_many', message: `${field} has more than ${REQUEST_LIMITS.arrayLength} items` };
    }
    for (const [i, item] of value.entries()) {
      const problem = check(item, path ? `${path}.${i}` : String(i), depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem = check(item, path ? `${path}.${key}` : key, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** The first limit a request breaks, or undefined. */
export function requestLimitProblem(request: Pick<Request, 'body' | 'query' | 'path'>): Problem | undefined {
  try {
    request.path.split('/').forEach((segment) => decodeURIComponent(segment));
  } catch {
    return { field: 'path', code: 'format', message: 'the path holds a malformed percent-encoding' };
  }
  for (const [key, value] of Object.entries(request.query ?? {})) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text.length > REQUEST_LIMITS.queryLength) {
      return {
        field: key,
        code: 'too_long',
        message: `${key} is longer than ${REQUEST_LIMITS.queryLength} characters`,
      };
    }
  }
  return check(request.body, '', 0);
}

/** Express middleware after the JSON parser: a request over a limit is a 400 naming where. */
export function requestLimits(request: Request, response: Response, next: NextFunction): void {
  const problem = requestLimitProblem(request);
  if (!problem) return next();
  response.status(400).json({ statusCode: 400, error: 'Bad Request', message: problem.message, errors: [problem] });
}
