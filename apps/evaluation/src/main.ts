import 'reflect-metadata';
import { runService } from '@tuoyu/platform';
import { EvaluationAppModule } from './evaluation-app.module';

runService(EvaluationAppModule, 'evaluation');
