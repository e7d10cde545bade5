import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'tuoyu_session';

/** Browsers send this header on every write; a cross-site form cannot, so it guards against CSRF with SameSite. */
export const PORTAL_HEADER = 'x-tuoyu-portal';

export function cookieOf(request: Request, name: string): string | undefined {
  const found = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name);
  return found ? decodeURIComponent(found[1] ?? '') : undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent when a person follows an emailed link, not on cross-site
 * writes), Secure when the portal is served over https. No Max-Age: the server ends it (idle and absolute expiry).
 */
export function setSessionCookie(response: Response, token: string, secure: boolean): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
