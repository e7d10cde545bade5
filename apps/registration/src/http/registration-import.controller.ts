import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimit, UuidPipe } from '@tuoyu/http';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { InvalidInputError } from '@tuoyu/kernel';
import {
  ImportRecord,
  ImportRowResult,
  RegistrationImport,
  RegistrationImportJobs,
  readImportRecords,
} from '@tuoyu/registration-domain';
import type { Request } from 'express';
import { ImportRegistrationsDto } from './import-registrations.dto';
import { readImportRow } from './import-row-reader';
import { RegistrationImportJobDto } from './views/registration-import.view-dto';
import { RegistrationImportResultDto } from './views/registration-import-result.view-dto';

function view(job: RegistrationImport) {
  const { id, status, total, processed, created, skipped, invalid, errors, failure, startedAt, finishedAt } = job;
  return { id, status, total, processed, created, skipped, invalid, errors, failure, startedAt, finishedAt };
}

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationImportController {
  constructor(private readonly jobs: RegistrationImportJobs) {}

  // The imports do much work per call; following a job is one look-up, polled (the CLI's progress bar, 4 times a
  // second) for as long as a county's import runs, so it is not limited with them.
  @Post('import')
  @RateLimit('expensive')
  @HttpCode(200)
  @Roles('authority')
  @ApiOperation({
    summary:
      'Import up to 500 existing registrations in the request: per-row results; rows already imported are skipped',
  })
  @ApiOkResponse({ type: RegistrationImportResultDto })
  async import(@Body() body: ImportRegistrationsDto, @CurrentPrincipal() principal: Principal) {
    const records = body.rows.map((data, i) => ({ row: body.rowNumbers?.[i] ?? i + 1, data }));
    const results: ImportRowResult[] = await this.jobs.runNow(records, principal, readImportRow);
    const count = (status: ImportRowResult['status']) => results.filter((r) => r.status === status).length;
    return { created: count('created'), skipped: count('skipped'), invalid: count('invalid'), results };
  }

  @Post('imports')
  @RateLimit('expensive')
  @HttpCode(202)
  @Roles('authority')
  @ApiConsumes('text/csv', 'application/x-ndjson', 'application/json')
  @ApiOperation({
    summary:
      'Start an import job from a CSV or NDJSON file (or {"rows": [...]}); rows may carry their history (sharedOn, filedOn, receiptNumber, evaluationLevel, evaluatedOn, lastInspectionOn). Follow it at GET /registrations/imports/:id',
  })
  @ApiAcceptedResponse({ type: RegistrationImportJobDto })
  async start(@Req() req: Request, @CurrentPrincipal() principal: Principal) {
    const job = await this.jobs.start(recordsOf(req), principal, readImportRow);
    return view(job);
  }

  @Get('imports/:id')
  @Roles('authority', 'admin')
  @ApiOperation({ summary: "An import job's progress, counts and invalid rows (the first 1,000) with their reasons" })
  @ApiOkResponse({ type: RegistrationImportJobDto })
  async status(@Param('id', UuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return view(await this.jobs.status(id, principal));
  }
}

function recordsOf(req: Request): ImportRecord[] {
  const type = req.headers['content-type'] ?? '';
  const body: unknown = req.body;
  if (typeof body === 'string') return readImportRecords(body, /csv/.test(type) ? 'csv' : 'ndjson');
  const rows = (body as { rows?: unknown } | undefined)?.rows;
  if (!Array.isArray(rows))
    throw new InvalidInputError('Send a CSV or NDJSON file, or {"rows": [...]}', [
      { field: 'body', code: 'required', message: 'a CSV or NDJSON body, or a JSON object with rows' },
    ]);
  return rows.map((data: unknown, i) => ({ row: i + 1, data }));
}
