import { LinkGrant } from './link-grant.entity';
import { LinkRevocation } from './link-revocation.entity';
import { PortalSession } from './portal-session.entity';
import { PortalTablesMigration } from './portal-tables.migration';
import { SignInCode } from './sign-in-code.entity';

export * from './link-grants.service';
export * from './portal-domain.module';
export * from './portal-identity';
export * from './portal-sessions.service';
export * from './sign-in-codes.service';

export const PORTAL_ENTITIES = [PortalSession, SignInCode, LinkGrant, LinkRevocation];
export const PORTAL_MIGRATIONS = [{ name: 'PortalTables', class: PortalTablesMigration }];
