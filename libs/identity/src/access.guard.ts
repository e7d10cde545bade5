import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Optional,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContext } from '@tuoyu/kernel';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { API_KEY_HEADER, API_KEY_SCOPE, ApiKeyScope, ApiKeyVerifier } from './api-key';
import { Principal, Role } from './principal';
import { TokenService } from './token.service';

type GuardedRequest = { headers: Record<string, string | string[] | undefined>; principal?: Principal };

/**
 * Global guard: 401 without a valid bearer token, 403 for a role that may not act. The token comes in the header
 * only: emailed links carry an opaque capability the portal exchanges, never a token in a URL. Operations marked
 * @AcceptsApiKey also take a department system's `X-Api-Key` with that scope; anywhere else a key is no credential.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Optional() private readonly apiKeys?: ApiKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const authorization = request.headers.authorization;
    const match = /^Bearer\s+(\S+)$/i.exec(typeof authorization === 'string' ? authorization : '');
    const key = request.headers[API_KEY_HEADER];
    const principal = match
      ? this.tokens.verify(match[1])
      : typeof key === 'string'
        ? await this.keyPrincipal(key, this.reflector.get<ApiKeyScope | undefined>(API_KEY_SCOPE, context.getHandler()))
        : undefined;
    if (!principal) throw new UnauthorizedException('A valid bearer token is required (Authorization: Bearer <jwt>)');
    request.principal = principal;
    RequestContext.setActor(principal);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException(`Role "${principal.role}" may not do this; allowed: ${roles.join(', ')}`);
    }
    return true;
  }

  private async keyPrincipal(key: string, scope: ApiKeyScope | undefined): Promise<Principal | undefined> {
    if (!scope || !this.apiKeys) {
      throw new UnauthorizedException('This operation does not take an API key (Authorization: Bearer <jwt>)');
    }
    const found = await this.apiKeys.verify(key);
    if (!found) throw new UnauthorizedException('X-Api-Key is unknown or revoked');
    if (!found.scopes.includes(scope)) throw new ForbiddenException(`This API key lacks the scope "${scope}"`);
    return found.principal;
  }
}
