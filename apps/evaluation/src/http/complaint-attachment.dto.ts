import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES } from '@tuoyu/documents';

export class ComplaintAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '消防通道.jpg', description: 'the name given, made harmless' }) fileName: string;
  @ApiProperty({ enum: DOCUMENT_CONTENT_TYPES, description: 'recognised from the content' }) contentType: string;
  @ApiProperty({ example: 482113, maximum: MAX_DOCUMENT_BYTES }) size: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) sha256: string;
  @ApiProperty({ example: '2026-10-12T10:03:00.000+08:00' }) uploadedAt: string;
}

export const ATTACHMENT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: `PDF, JPEG or PNG, at most ${MAX_DOCUMENT_BYTES} bytes` },
  },
};
