import { Module } from '@nestjs/common';
import { LinkGrants } from './link-grants.service';
import { PortalRepository } from './portal.repository';
import { PortalSessions } from './portal-sessions.service';
import { SignInCodes } from './sign-in-codes.service';

@Module({
  providers: [PortalRepository, PortalSessions, SignInCodes, LinkGrants],
  exports: [PortalSessions, SignInCodes, LinkGrants],
})
export class PortalDomainModule {}
