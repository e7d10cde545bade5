import 'reflect-metadata';
import { runService } from '@tuoyu/platform';
import { FilingAppModule } from './filing-app.module';

runService(FilingAppModule, 'filing');
