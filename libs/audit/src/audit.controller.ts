import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { shanghaiIso } from '@tuoyu/deadlines';
import { Roles } from '@tuoyu/identity';
import { AuditEntry } from './audit-entry.entity';
import { AuditPageDto, AuditQueryDto } from './audit-entry.dto';

@ApiTags('audit')
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @ApiOperation({ summary: "This service's audit trail, newest first: who decided or changed what, when, in which request" })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [rows, total] = await this.em
      .fork()
      .getRepository(AuditEntry)
      .page({ action: query.action, subject: query.subject }, (page - 1) * pageSize, pageSize);
    const items = rows.map((row) => ({
      id: row.id,
      at: shanghaiIso(row.at),
      action: row.action,
      subject: row.subject,
      actorRole: row.actorRole,
      actorSubject: row.actorSubject ?? null,
      actorRegion: row.actorRegion ?? null,
      requestId: row.requestId ?? null,
      details: row.details ?? null,
    }));
    return { items, page, pageSize, total };
  }
}
