import { BadRequestException, Body, Controller, Get, Param, PipeTransform, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RegionCodePipe } from '@tuoyu/http';
import { Roles } from '@tuoyu/identity';
import { AUTHORITY_KINDS, AuthorityDirectory, type AuthorityKind } from '@tuoyu/registration-domain';
import { AuthorityEntryDto } from './authority-entry.dto';
import { AuthorityContactDto } from './views/authority-contact.view-dto';

class AuthorityKindPipe implements PipeTransform<string, AuthorityKind> {
  transform(value: string): AuthorityKind {
    if ((AUTHORITY_KINDS as readonly string[]).includes(value)) return value as AuthorityKind;
    const message = `authorityKind must be one of ${AUTHORITY_KINDS.join(', ')}`;
    throw new BadRequestException({ message, errors: [{ field: 'authorityKind', code: 'enum', message }] });
  }
}

@ApiTags('authorities')
@Roles('admin')
@Controller('authorities')
export class AuthoritiesController {
  constructor(private readonly directory: AuthorityDirectory) {}

  @Get()
  @ApiOperation({ summary: 'The whole registration-authority directory, by region code and kind' })
  @ApiOkResponse({ type: [AuthorityContactDto] })
  list() {
    return this.directory.list();
  }

  @Put(':regionCode/:authorityKind')
  @ApiParam({ name: 'authorityKind', enum: AUTHORITY_KINDS })
  @ApiOperation({
    summary:
      'Register or update where a registration authority is reached (a city or province entry covers its counties)',
  })
  @ApiOkResponse({ type: AuthorityContactDto })
  put(
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('authorityKind', AuthorityKindPipe) authorityKind: AuthorityKind,
    @Body() body: AuthorityEntryDto,
  ) {
    return this.directory.put(regionCode, authorityKind, body);
  }

  @Get(':regionCode/:authorityKind')
  @ApiParam({ name: 'authorityKind', enum: AUTHORITY_KINDS })
  @ApiOperation({ summary: 'The contact entry of a registration authority' })
  @ApiOkResponse({ type: AuthorityContactDto })
  get(
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('authorityKind', AuthorityKindPipe) authorityKind: AuthorityKind,
  ) {
    return this.directory.get(regionCode, authorityKind);
  }
}
