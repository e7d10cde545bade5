import { TokenService } from '@tuoyu/identity';
import type { NextFunction, Request, Response } from 'express';

export const ADMIN_COOKIE = 'tuoyu_admin';

/** The admin token from `Authorization: Bearer` or, for a browser, the session cookie set by /admin/login. */
export function adminTokenOf(request: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (bearer) return bearer[1];
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === ADMIN_COOKIE);
  return cookie ? decodeURIComponent(cookie[1] ?? '') : undefined;
}

/** Express middleware in front of Bull Board (not a Nest route, so the global guard does not see it). */
export function adminOnly(tokens: TokenService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const token = adminTokenOf(request);
    const principal = token ? tokens.verify(token) : undefined;
    if (principal?.role === 'admin') return next();
    const status = principal ? 403 : 401;
    response.status(status).json({
      statusCode: status,
      error: status === 401 ? 'Unauthorized' : 'Forbidden',
      message:
        status === 401
          ? 'Admin token required: send Authorization: Bearer <token>, or open /admin/login?token=<token> in a browser'
          : `Role "${principal?.role}" may not open the queue dashboard`,
    });
  };
}
