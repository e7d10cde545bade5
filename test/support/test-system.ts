import { AdminAppModule } from '../../apps/admin/src/admin-app.module';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';
import { TestApp, startTestApp } from '@tuoyu/testing';

export interface TestSystem {
  registration: TestApp;
  filing: TestApp;
  evaluation: TestApp;
  notification: TestApp;
  admin: TestApp;
  all: TestApp[];
  close(): Promise<void>;
}

/** Every app booted in this process against the real Redis and PostgreSQL, mail to the given SMTP URL. */
export async function startTestSystem(env: Record<string, string | undefined> = {}): Promise<TestSystem> {
  const registration = await startTestApp(RegistrationAppModule, 'registration', env);
  const filing = await startTestApp(FilingAppModule, 'filing', env);
  const evaluation = await startTestApp(EvaluationAppModule, 'evaluation', env);
  const notification = await startTestApp(NotificationAppModule, 'notification', env);
  const admin = await startTestApp(AdminAppModule, 'admin', env);
  const all = [registration, filing, evaluation, notification, admin];
  return {
    registration,
    filing,
    evaluation,
    notification,
    admin,
    all,
    close: async () => {
      for (const app of [...all].reverse()) await app.close();
    },
  };
}
