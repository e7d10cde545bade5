import { TokenService } from '@tuoyu/identity';
import type { PortalSessions } from '@tuoyu/portal-domain';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, cookieOf } from '../portal/portal-cookie';

/**
 * The admin token from `Authorization: Bearer` (scripts). Browsers use the portal session: a token never travels in
 * a URL or sits in a cookie of its own (ASVS 3.1.1).
 */
export function adminTokenOf(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

/**
 * Express middleware in front of Bull Board (not a Nest route, so the global guard does not see it): an admin
 * token, or the administrator's portal session (the same sign-in as the console).
 */
export function adminOnly(tokens: TokenService, sessions: PortalSessions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const token = adminTokenOf(request);
    const fromToken = token ? tokens.verify(token) : undefined;
    const decide = async () => fromToken ?? (await sessions.resolve(cookieOf(request, SESSION_COOKIE)));
    decide().then(
      (principal) => {
        if (principal?.role === 'admin') return next();
        const status = principal ? 403 : 401;
        response.status(status).json({
          statusCode: status,
          error: status === 401 ? 'Unauthorized' : 'Forbidden',
          message:
            status === 401
              ? 'Sign in at the portal as the administrator, or send Authorization: Bearer <admin token>'
              : `Role "${principal?.role}" may not open the queue dashboard`,
        });
      },
      (error: unknown) => next(error),
    );
  };
}
