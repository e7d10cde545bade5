import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, Equals, IsArray, ValidateNested } from 'class-validator';
import { HandoffReceived } from './handoff-received.message';

/**
 * filing → registration: the cases of one RegistrationsImported are open; each receipt is a HandoffReceived,
 * sent together as their registrations came (one message, one transaction on the registration side).
 */
export class HandoffsReceived {
  @Equals(1) v: 1;
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => HandoffReceived)
  receipts: HandoffReceived[];
}
