import { Module } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { EVALUATION_ENTITIES, EVALUATION_MIGRATIONS, EvaluationDomainModule } from '@tuoyu/evaluation-domain';
import { DeadlineScheduleModule } from '@tuoyu/deadlines';
import { PlatformModule } from '@tuoyu/platform';
import { EvaluationProcessor } from './queue/evaluation.processor';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'evaluation',
      database: { entities: EVALUATION_ENTITIES, migrations: EVALUATION_MIGRATIONS },
      consumes: QueueName.Evaluation,
      producesTo: [QueueName.Filing, QueueName.Notification],
    }),
    DeadlineScheduleModule.forService({ queue: QueueName.Evaluation, handlers: [] }),
    EvaluationDomainModule,
  ],
  providers: [EvaluationProcessor],
})
export class EvaluationAppModule {}
