import 'reflect-metadata';
import { runService } from '@tuoyu/platform';
import { AdminAppModule } from './admin-app.module';

runService(AdminAppModule, 'admin');
