import { ApiProperty } from '@nestjs/swagger';

/** POST /portal/sign-in/code: a code is on its way. */
export class SignInChallengeDto {
  @ApiProperty({ format: 'uuid', description: 'send it back with the code' })
  challengeId: string;

  @ApiProperty({ example: 'o***e@example.cn', description: 'the address, masked' })
  sentTo: string;

  @ApiProperty({ example: 10 })
  validMinutes: number;
}
