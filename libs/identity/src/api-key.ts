import { SetMetadata } from '@nestjs/common';
import type { Principal } from './principal';

export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_SCOPE = 'tuoyu:api-key-scope';

/** What a department system's API key may do: read its region's inbox, nothing else. */
export const API_KEY_SCOPES = ['inbox:lease', 'inbox:ack'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** This operation also accepts an `X-Api-Key` holding the scope (a bearer token still works as usual). */
export const AcceptsApiKey = (scope: ApiKeyScope): MethodDecorator => SetMetadata(API_KEY_SCOPE, scope);

/**
 * Port the access guard asks about an `X-Api-Key`: the principal the key stands for and its scopes, or undefined
 * for an unknown or revoked key. Bound only in services that issue keys (filing).
 */
export abstract class ApiKeyVerifier {
  abstract verify(key: string): Promise<{ principal: Principal; scopes: readonly ApiKeyScope[] } | undefined>;
}
