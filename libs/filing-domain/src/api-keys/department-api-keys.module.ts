import { Global, Module } from '@nestjs/common';
import { ApiKeyVerifier } from '@tuoyu/identity';
import { DepartmentApiKeys } from './department-api-keys.service';

/** Global so the access guard (in the identity module) finds the verifier of the filing service's keys. */
@Global()
@Module({
  providers: [DepartmentApiKeys, { provide: ApiKeyVerifier, useExisting: DepartmentApiKeys }],
  exports: [DepartmentApiKeys, ApiKeyVerifier],
})
export class DepartmentApiKeysModule {}
