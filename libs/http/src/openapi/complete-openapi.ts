import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { API_KEY_SCOPE, PUBLIC_KEY, ROLES, ROLES_KEY, type ApiKeyScope, type Role } from '@tuoyu/identity';
import { ApiErrorView } from './api-error.view';
import { ERROR_DESCRIPTIONS, type ApiErrorStatus } from './api-errors.decorator';

interface Access {
  public: boolean;
  roles?: Role[];
  /** A department system's `X-Api-Key` with this scope is accepted too (@AcceptsApiKey). */
  apiKeyScope?: ApiKeyScope;
}

/** Our extensions (`x-…`) on an operation. */
type Operation = OperationObject & {
  'x-roles'?: (Role | 'api_key')[];
  'x-api-key-scope'?: ApiKeyScope;
  'x-rate-limit'?: unknown;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const ERROR_SCHEMA = { $ref: `#/components/schemas/${ApiErrorView.name}` };

/** Swagger's default operationId is `<Controller class>_<method>`: the key back to each handler's metadata. */
function accessByOperationId(app: INestApplication): Map<string, Access> {
  const access = new Map<string, Access>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as object;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        // Through the descriptor: reading a getter off the bare prototype would run it.
        const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        // The method's own decorator wins over the class's, as in AccessGuard (getAllAndOverride).
        const read = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        access.set(`${controller.name}_${name}`, {
          public: read<boolean>(PUBLIC_KEY) === true,
          roles: read(ROLES_KEY),
          apiKeyScope: read(API_KEY_SCOPE),
        });
      }
    }
  }
  return access;
}

function addError(operation: OperationObject, status: ApiErrorStatus): void {
  operation.responses[status] ??= { description: ERROR_DESCRIPTIONS[status] };
  const response = operation.responses[status] as ResponseObject;
  response.content ??= { 'application/json': { schema: ERROR_SCHEMA } };
}

/** Statuses every operation of this shape can answer, whatever its controller declared. */
function derivedErrors(operation: Operation, access: Access | undefined): ApiErrorStatus[] {
  const params = operation.parameters ?? [];
  const inPath = params.some((p: object) => 'in' in p && p.in === 'path');
  const errors: ApiErrorStatus[] = [];
  if (params.length > 0 || operation.requestBody) errors.push(400);
  if (!access?.public) errors.push(401, 403);
  if (inPath) errors.push(404);
  if (operation['x-rate-limit']) errors.push(429);
  return errors;
}

/**
 * Completes what the decorators leave implicit, so an integrator can trust the document: the roles that may call
 * each operation (`x-roles`, from @Roles, with `api_key` where @AcceptsApiKey takes a department system's key), no lock on @Public operations (`security: []`), and error responses
 * (api.md error shape) for what every operation of that shape can answer — 400 with input, 401/403 behind a token,
 * 404 with a path parameter, 429 when rate-limited — beside those declared with @ApiErrors.
 */
export function completeOpenApi(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const access = accessByOperationId(app);
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: Operation | undefined = item[method];
      if (!operation) continue;
      const found = access.get(operation.operationId ?? '');
      if (found?.public) operation.security = [];
      // Without @Roles any valid token may call (AccessGuard): every role is listed.
      else operation['x-roles'] = found?.roles ?? [...ROLES];
      if (found?.apiKeyScope) {
        operation['x-roles'] = [...(operation['x-roles'] ?? []), 'api_key'];
        operation['x-api-key-scope'] = found.apiKeyScope;
      }
      for (const status of derivedErrors(operation, found)) addError(operation, status);
      for (const status of Object.keys(operation.responses).map(Number)) {
        if (status >= 400 && status in ERROR_DESCRIPTIONS) addError(operation, status as ApiErrorStatus);
      }
    }
  }
  return document;
}
