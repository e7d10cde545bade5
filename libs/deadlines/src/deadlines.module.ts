import { Global, Module } from '@nestjs/common';
import { DeadlineService } from './deadline.service';

@Global()
@Module({ providers: [DeadlineService], exports: [DeadlineService] })
export class DeadlinesModule {}
