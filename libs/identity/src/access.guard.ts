import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { Principal, Role } from './principal';
import { TokenService } from './token.service';

/**
 * Global guard: 401 without a valid bearer token, 403 for a role that may not act. A GET may carry the token as
 * the `access_token` query parameter (RFC 6750 §2.3) so an emailed case link opens without a login; writes
 * always need the header.
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
      method: string;
      headers: Record<string, string | undefined>;
      query?: Record<string, unknown>;
      principal?: Principal;
    }>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const fromQuery = request.method === 'GET' ? request.query?.access_token : undefined;
    const token = match?.[1] ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
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
