import { dropTestDatabases } from './test-databases';

/** Hundreds of per-file databases are not left behind on the machine. */
export default function globalTeardown(): Promise<void> {
  return dropTestDatabases();
}
