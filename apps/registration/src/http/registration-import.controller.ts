import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimit, validateBody } from '@tuoyu/http';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { ImportRowResult, RegistrationImportService } from '@tuoyu/registration-domain';
import { CreateRegistrationDto } from './create-registration.dto';
import { ImportRegistrationsDto } from './import-registrations.dto';

@ApiTags('registrations')
@RateLimit('expensive')
@Controller('registrations/import')
export class RegistrationImportController {
  constructor(private readonly imports: RegistrationImportService) {}

  @Post()
  @HttpCode(200)
  @Roles('authority')
  @ApiOperation({
    summary: 'Bulk import of existing registrations: per-row results; rows already imported are skipped',
  })
  async import(@Body() body: ImportRegistrationsDto, @CurrentPrincipal() principal: Principal) {
    const results: ImportRowResult[] = [];
    for (const [i, data] of body.rows.entries()) {
      const row = body.rowNumbers?.[i] ?? i + 1;
      const { value, problems } = validateBody(CreateRegistrationDto, data);
      results.push(
        value ? await this.imports.importRow(row, value, principal) : { row, status: 'invalid', errors: problems },
      );
    }
    const count = (status: ImportRowResult['status']) => results.filter((r) => r.status === status).length;
    return { created: count('created'), skipped: count('skipped'), invalid: count('invalid'), results };
  }
}
