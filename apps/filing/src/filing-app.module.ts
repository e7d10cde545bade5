import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { FILING_ENTITIES, FILING_MIGRATIONS, FilingDomainModule } from '@tuoyu/filing-domain';
import { PlatformModule } from '@tuoyu/platform';
import { DeadlinesController } from './http/deadlines.controller';
import { FilingsController } from './http/filings.controller';
import { FilingProcessor } from './queue/filing.processor';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'filing',
      database: { entities: FILING_ENTITIES, migrations: FILING_MIGRATIONS },
      consumes: QueueName.Filing,
      producesTo: [QueueName.Registration, QueueName.Evaluation, QueueName.Notification],
    }),
    FilingDomainModule,
  ],
  controllers: [FilingsController, DeadlinesController],
  providers: [FilingProcessor],
})
export class FilingAppModule {}
