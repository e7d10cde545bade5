import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { Principal, Role } from './principal';
import { TokenService } from './token.service';

/**
 * Global guard: 401 without a valid bearer token, 403 for a role that may not act. The token comes in the header
 * only: emailed links carry an opaque capability the portal exchanges, never a token in a URL.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      principal?: Principal;
    }>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1];
    const principal = token ? this.tokens.verify(token) : undefined;
    if (!principal) throw new UnauthorizedException('A valid bearer token is required (Authorization: Bearer <jwt>)');
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException(`Role "${principal.role}" may not do this; allowed: ${roles.join(', ')}`);
    }
    return true;
  }
}
