import { ApiProperty } from '@nestjs/swagger';

/** PATCH /registrations/:id: the change the institution must now file (变更备案) within 15 days. */
export class RegistrationChangeDto {
  @ApiProperty({ format: 'uuid', description: 'POST /filings/:id/changes/:changeId/submission files it' })
  changeId: string;
}
