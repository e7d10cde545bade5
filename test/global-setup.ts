import { dropTestDatabases } from './test-databases';

/** Each test run starts from no test databases; each file's services create and migrate their own. */
export default function globalSetup(): Promise<void> {
  return dropTestDatabases();
}
