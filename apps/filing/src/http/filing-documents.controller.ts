import { Controller, Get, Header, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { UuidPipe, receiveUpload } from '@tuoyu/http';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { DocumentReader, FilingDocumentService } from '@tuoyu/filing-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { create as contentDisposition } from 'content-disposition';
import type { Request } from 'express';
import { DOCUMENT_UPLOAD_SCHEMA, FilingDocumentDto } from './filing-document.dto';

const UUID = new UuidPipe();

@ApiTags('filing documents')
@Controller('filings/:id/documents')
export class FilingDocumentsController {
  constructor(
    private readonly documents: FilingDocumentService,
    private readonly reader: DocumentReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('institution')
  @ApiOperation({
    summary: 'Upload a filing document (PDF, JPEG or PNG, at most 20 MiB) to the own case',
    description:
      'multipart/form-data with the field `kind` first, then the field `file`. The type is recognised from the ' +
      'content, the SHA-256 computed by the server. Documents are immutable: upload again to replace one, and ' +
      'name the ids in the submission.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: DOCUMENT_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: FilingDocumentDto })
  @ApiResponse({ status: 400, description: 'kind missing or unknown, no file part, or an empty file' })
  @ApiResponse({ status: 404, description: 'not your case' })
  @ApiResponse({ status: 409, description: 'the case awaits no documents (e.g. filed), naming its status' })
  @ApiResponse({ status: 413, description: 'the file crossed 20 MiB (refused at once)' })
  @ApiResponse({ status: 415, description: 'the content is not a PDF, JPEG or PNG (names the file)' })
  upload(@Param('id', UUID) id: string, @Req() req: Request, @CurrentPrincipal() principal: Principal) {
    return receiveUpload(req, ({ fields, fileName, content }) =>
      this.documents.upload(id, { kind: fields.kind, fileName, content }, principal),
    );
  }

  @Get()
  @Roles('institution', 'department', 'admin')
  @ApiOperation({ summary: 'The documents uploaded to a case (institution: own; department: its region)' })
  @ApiOkResponse({ type: [FilingDocumentDto] })
  list(@Param('id', UUID) id: string, @CurrentPrincipal() principal: Principal) {
    return this.documents.list(id, principal);
  }

  @Get(':documentId/content')
  @Roles('institution', 'department', 'admin')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'The bytes of one document, as uploaded; every download is recorded (who, when)',
    description: 'Content-Type is the recognised type; Content-Disposition carries the name (RFC 5987 filename*).',
  })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'the document', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 404, description: 'no such document, or a case outside your scope' })
  async content(
    @Param('id', UUID) id: string,
    @Param('documentId', UUID) documentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { document, content } = await this.reader.open(id, documentId, principal);
    return new StreamableFile(content, {
      type: document.contentType,
      length: document.size,
      disposition: contentDisposition(document.fileName, { type: 'attachment' }),
    });
  }
}
