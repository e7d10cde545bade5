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
  // The admin app is the portal: it reaches each service at its port.
  const port = (app: TestApp) => new URL(app.url).port;
  const admin = await startTestApp(AdminAppModule, 'admin', {
    PORT_REGISTRATION: port(registration),
    PORT_FILING: port(filing),
    PORT_EVALUATION: port(evaluation),
    PORT_NOTIFICATION: port(notification),
    ...env,
  });
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
