import { Module } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { ALL_QUEUES } from '@tuoyu/contracts';
import { TokenService } from '@tuoyu/identity';
import { PlatformModule } from '@tuoyu/platform';
import { AdminLoginController } from './http/admin-login.controller';
import { adminOnly } from './http/admin-session';
import { ClockController } from './http/clock.controller';

@Module({
  imports: [
    PlatformModule.forService({ service: 'admin', observes: [...ALL_QUEUES] }),
    BullBoardModule.forRootAsync({
      inject: [TokenService],
      useFactory: (tokens: TokenService) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        middleware: adminOnly(tokens),
        boardOptions: { uiConfig: { boardTitle: 'Tuoyu queues' } },
      }),
    }),
    ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
  controllers: [AdminLoginController, ClockController],
})
export class AdminAppModule {}
