import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from './session';

/** A page behind sign-in: its path (groups become params), who may open it, and its lazily loaded component. */
export interface PortalRoute {
  path: RegExp;
  roles: Role[];
  page: LazyExoticComponent<ComponentType<{ params: string[] }>>;
}

// Each role's pages load on demand (React.lazy): the institution's first page on a phone carries none of them.
const page = (load: () => Promise<{ default: ComponentType<{ params: string[] }> }>) => lazy(load);

/** One line per page. */
export const ROUTES: PortalRoute[] = [
  { path: /^\/department\/?$/, roles: ['department'], page: page(() => import('./department/DepartmentWorklist')) },
  {
    path: /^\/department\/inspections\/?$/,
    roles: ['department'],
    page: page(() => import('./inspection/InspectionsPage')),
  },
  {
    path: /^\/department\/cases\/([0-9a-f-]{36})$/,
    roles: ['department'],
    page: page(() => import('./department/DepartmentCasePage')),
  },
  { path: /^\/authority\/?$/, roles: ['authority'], page: page(() => import('./authority/AuthorityDesk')) },
  {
    path: /^\/authority\/registrations\/([0-9a-f-]{36})$/,
    roles: ['authority', 'admin'],
    page: page(() => import('./authority/RegistrationPage')),
  },
  { path: /^\/console\/?$/, roles: ['admin'], page: page(() => import('./console/AdminConsole')) },
];

/** Where each role lands after signing in. */
export const HOME: Record<Role, string> = {
  institution: '/',
  department: '/department',
  authority: '/authority',
  admin: '/console',
};

export function matchRoute(path: string): { route: PortalRoute; params: string[] } | undefined {
  const bare = path.split('?')[0];
  for (const route of ROUTES) {
    const match = route.path.exec(bare);
    if (match) return { route, params: match.slice(1) };
  }
  return undefined;
}
