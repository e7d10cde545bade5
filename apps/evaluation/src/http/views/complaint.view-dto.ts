import { ApiProperty } from '@nestjs/swagger';
import { PublicComplaintDto } from './public-complaint.view-dto';

class ComplainantContactDto {
  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

/** A complaint as its department and administrators see it, with the contact to call back. */
export class ComplaintDtoView extends PublicComplaintDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'public_form' })
  channel: string;

  @ApiProperty({ type: String, nullable: true, example: 'RX2026110200123' })
  hotlineCaseNumber: string | null;

  @ApiProperty({ example: false })
  anonymous: boolean;

  @ApiProperty({ type: ComplainantContactDto })
  contact: ComplainantContactDto;

  @ApiProperty({ type: String, nullable: true, example: '91512081MA62K0260E' })
  institutionUscc: string | null;

  @ApiProperty({ example: true })
  institutionIdentified: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  subjectId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '512002' })
  regionCode: string | null;

  @ApiProperty({ example: false })
  overdue: boolean;

  @ApiProperty({ example: '午睡室无人看护' })
  facts: string;

  @ApiProperty({ type: String, nullable: true })
  findings: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  inspectionId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  rectificationOrderId: string | null;
}
