import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES } from '@tuoyu/documents';
import { DOCUMENT_KINDS } from '@tuoyu/filing-domain';

/** OpenAPI shape of a stored filing document (the domain's FilingDocumentView). */
export class FilingDocumentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: string;

  @ApiProperty({
    example: '营业执照.pdf',
    description: 'the uploaded name made harmless (no path, no control characters)',
  })
  fileName: string;

  @ApiProperty({ enum: DOCUMENT_CONTENT_TYPES, description: 'recognised from the content' })
  contentType: string;

  @ApiProperty({ example: 482113, maximum: MAX_DOCUMENT_BYTES })
  size: number;

  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256: string;

  @ApiProperty({ example: '2026-11-11T10:00:00.000+08:00' })
  uploadedAt: string;

  @ApiProperty({
    type: [Number],
    example: [1, 2],
    description:
      'the sequences of the filing submissions naming it (1 the first, 2 the resubmission, ...); [] if unsent',
  })
  submissions: number[];

  @ApiProperty({ example: false, description: 'whether a change filing (变更备案) names it' })
  changeFiling: boolean;
}

/** The multipart body of POST /filings/:id/documents: `kind` must come before `file`. */
export const DOCUMENT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['kind', 'file'],
  properties: {
    kind: { type: 'string', enum: [...DOCUMENT_KINDS], description: 'sent before file' },
    file: { type: 'string', format: 'binary', description: `PDF, JPEG or PNG, at most ${MAX_DOCUMENT_BYTES} bytes` },
  },
};
