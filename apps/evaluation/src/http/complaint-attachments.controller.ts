import { Controller, Get, Header, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
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
import { ComplaintAttachmentService } from '@tuoyu/evaluation-domain';
import { RateLimit, UuidPipe, receiveUpload } from '@tuoyu/http';
import { CurrentPrincipal, Public, Roles, type Principal } from '@tuoyu/identity';
import { create as contentDisposition } from 'content-disposition';
import type { Request } from 'express';
import { ATTACHMENT_UPLOAD_SCHEMA, ComplaintAttachmentDto } from './complaint-attachment.dto';
import { ComplaintReferencePipe } from './complaint-reference.pipe';

const UUID = new UuidPipe();

@ApiTags('complaints (public)')
@Public()
@Controller('public/complaints/:reference/attachments')
export class PublicComplaintAttachmentsController {
  constructor(private readonly attachments: ComplaintAttachmentService) {}

  @Post()
  @RateLimit('intake')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a photo or scan to a complaint by its reference (within 24 hours of receipt, at most 5)',
    description:
      'multipart/form-data with the field `file`: PDF, JPEG or PNG recognised by content, at most 20 MiB. Only the ' +
      'department of the region and administrators can open it; it never appears on a public page.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: ATTACHMENT_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: ComplaintAttachmentDto })
  @ApiResponse({ status: 400, description: 'a malformed reference, no file part, or an empty file' })
  @ApiResponse({ status: 404, description: 'no complaint has this reference' })
  @ApiResponse({ status: 409, description: 'replied, past the 24 hours, or already 5 attachments' })
  @ApiResponse({ status: 413, description: 'the file crossed 20 MiB (refused at once)' })
  @ApiResponse({ status: 415, description: 'the content is not a PDF, JPEG or PNG (names the file)' })
  @ApiResponse({ status: 429, description: 'too many uploads from this address (Retry-After)' })
  attach(@Param('reference', ComplaintReferencePipe) reference: string, @Req() req: Request) {
    return receiveUpload(req, ({ fileName, content }) => this.attachments.attach(reference, { fileName, content }));
  }
}

@ApiTags('complaints')
@Controller('complaints/:id/attachments')
export class ComplaintAttachmentsController {
  constructor(private readonly attachments: ComplaintAttachmentService) {}

  @Get()
  @Roles('department', 'admin')
  @ApiOperation({ summary: "A complaint's attachments (department: its region; administrators: any)" })
  @ApiOkResponse({ type: [ComplaintAttachmentDto] })
  @ApiResponse({ status: 404, description: 'no such complaint in your region' })
  list(@Param('id', UUID) id: string, @CurrentPrincipal() principal: Principal) {
    return this.attachments.list(id, principal);
  }

  @Get(':attachmentId/content')
  @Roles('department', 'admin')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The bytes of one attachment, as uploaded' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'the attachment', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 404, description: 'no such attachment, or a complaint outside your region' })
  async content(
    @Param('id', UUID) id: string,
    @Param('attachmentId', UUID) attachmentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.open(id, attachmentId, principal);
    return new StreamableFile(content, {
      type: attachment.contentType,
      length: attachment.size,
      disposition: contentDisposition(attachment.fileName, { type: 'attachment' }),
    });
  }
}
