import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { ALL_QUEUES, QueueName } from '@tuoyu/contracts';
import { TokenService } from '@tuoyu/identity';
import { PlatformModule } from '@tuoyu/platform';
import { PORTAL_ENTITIES, PORTAL_MIGRATIONS, PortalDomainModule, PortalSessions } from '@tuoyu/portal-domain';
import { adminOnly } from './http/admin-session';
import { ClockController } from './http/clock.controller';
import { ApiProxyMiddleware } from './portal/api-proxy.middleware';
import { LinkController } from './portal/link.controller';
import { PeopleDirectory } from './portal/people-directory';
import { ServiceUpstreams } from './portal/service-upstreams';
import { SignInController } from './portal/sign-in.controller';
import { SpaMiddleware } from './portal/spa.middleware';

/**
 * The admin app is also the people's portal (PUBLIC_BASE_URL): it serves the pages, signs people in, opens emailed
 * links and passes `/api/<service>/…` to the services, so browsers need no token and no CORS.
 */
@Module({
  imports: [
    PlatformModule.forService({
      service: 'admin',
      observes: [...ALL_QUEUES],
      producesTo: [QueueName.Notification],
      database: { entities: PORTAL_ENTITIES, migrations: PORTAL_MIGRATIONS },
    }),
    PortalDomainModule,
    BullBoardModule.forRootAsync({
      imports: [PortalDomainModule],
      inject: [TokenService, PortalSessions],
      useFactory: (tokens: TokenService, sessions: PortalSessions) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        middleware: adminOnly(tokens, sessions),
        boardOptions: { uiConfig: { boardTitle: 'Tuoyu queues' } },
      }),
    }),
    ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
  controllers: [ClockController, SignInController, LinkController],
  providers: [ServiceUpstreams, PeopleDirectory, ApiProxyMiddleware, SpaMiddleware],
})
export class AdminAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ApiProxyMiddleware, SpaMiddleware).forRoutes('{*path}');
  }
}
