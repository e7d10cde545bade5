import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorView } from './api-error.view';

/** The error statuses an operation documents beyond those `completeOpenApi` derives from its shape. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export const ERROR_DESCRIPTIONS: Record<ApiErrorStatus, string> = {
  400: 'invalid input: every offending field is listed in errors[]',
  401: 'no valid bearer token',
  403: 'the role (or region, or USCC) may not do this',
  404: 'no such resource within your reach',
  409: 'the resource is not in a state that allows this',
  413: 'the body or file is too large',
  415: 'the content type or file content is not accepted',
  422: 'the request is well-formed but cannot be processed',
  429: 'too many requests from this address; see Retry-After',
  503: 'a dependency is unreachable; see Retry-After',
};

/**
 * Documents error responses in the api.md error shape. Give statuses (default descriptions) or a status →
 * description map when the reason is specific to the operation.
 */
export function ApiErrors(
  ...errors: (ApiErrorStatus | Partial<Record<ApiErrorStatus, string>>)[]
): MethodDecorator & ClassDecorator {
  const entries = errors.flatMap((e): [ApiErrorStatus, string][] =>
    typeof e === 'number'
      ? [[e, ERROR_DESCRIPTIONS[e]]]
      : Object.entries(e).map(([s, d]): [ApiErrorStatus, string] => [Number(s) as ApiErrorStatus, d]),
  );
  return applyDecorators(
    ...entries.map(([status, description]) => ApiResponse({ status, description, type: ApiErrorView })),
  );
}
