import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ServiceName } from '@tuoyu/config';
import { AccessGuard } from './access.guard';
import { CaseLinks } from './case-links';
import { LinkCapabilities } from './link-capability';
import { PiiHasher } from './pii-hasher';
import { TOKEN_AUDIENCE, TokenService } from './token.service';

/** Bearer-token access for every route; routes opt out with @Public(). Tokens must name this service (aud). */
@Global()
@Module({})
export class IdentityModule {
  static forService(service: ServiceName): DynamicModule {
    return {
      module: IdentityModule,
      imports: [JwtModule.register({})],
      providers: [
        { provide: TOKEN_AUDIENCE, useValue: service },
        TokenService,
        PiiHasher,
        LinkCapabilities,
        CaseLinks,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenService, PiiHasher, LinkCapabilities, CaseLinks],
    };
  }
}
