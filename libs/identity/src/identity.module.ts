import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access.guard';
import { CaseLinks } from './case-links';
import { PiiHasher } from './pii-hasher';
import { TokenService } from './token.service';

/** Bearer-token access for every route; routes opt out with @Public(). */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [TokenService, PiiHasher, CaseLinks, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, PiiHasher, CaseLinks],
})
export class IdentityModule {}
