import { Equals, IsUUID } from 'class-validator';

/** registration → registration: push one registration event to the province's data-sharing platform. */
export class ProvincialPushDue {
  @Equals(1) v: 1;
  @IsUUID() pushId: string;
}
