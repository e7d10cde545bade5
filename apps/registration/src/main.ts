import 'reflect-metadata';
import { runService } from '@tuoyu/platform';
import { RegistrationAppModule } from './registration-app.module';

runService(RegistrationAppModule, 'registration');
