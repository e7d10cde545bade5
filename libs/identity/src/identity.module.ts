import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access.guard';
import { CaseLinks } from './case-links';
import { LinkCapabilities } from './link-capability';
import { PiiHasher } from './pii-hasher';
import { TokenService } from './token.service';

/** Bearer-token access for every route; routes opt out with @Public(). */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [TokenService, PiiHasher, LinkCapabilities, CaseLinks, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, PiiHasher, LinkCapabilities, CaseLinks],
})
export class IdentityModule {}
