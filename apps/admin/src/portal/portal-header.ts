import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import { PORTAL_HEADER } from './portal-cookie';

/** Writes come from the portal's own pages only (a custom header a cross-site form cannot send). */
export function requirePortalHeader(request: Request): void {
  if (request.headers[PORTAL_HEADER] !== '1') {
    throw new ForbiddenException(`Portal writes must carry the ${PORTAL_HEADER}: 1 header`);
  }
}
