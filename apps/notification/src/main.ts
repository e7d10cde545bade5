import 'reflect-metadata';
import { runService } from '@tuoyu/platform';
import { NotificationAppModule } from './notification-app.module';

runService(NotificationAppModule, 'notification');
