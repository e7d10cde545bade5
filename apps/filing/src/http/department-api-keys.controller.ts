import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DepartmentApiKeys } from '@tuoyu/filing-domain';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { RegionCodePipe, UuidPipe } from '@tuoyu/http';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './department-api-key.dto';

@ApiTags('departments')
@Roles('admin')
@Controller('departments/:regionCode/api-keys')
export class DepartmentApiKeysController {
  constructor(private readonly keys: DepartmentApiKeys) {}

  @Post()
  @ApiOperation({ summary: "Create an API key for the department's system (inbox lease/ack); the key is shown once" })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Body() body: CreateApiKeyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedApiKeyDto> {
    return this.keys.create(regionCode, body, principal);
  }

  @Get()
  @ApiOperation({ summary: "The department's API keys, revoked ones included (never the keys themselves)" })
  @ApiOkResponse({ type: [ApiKeyDto] })
  list(@Param('regionCode', RegionCodePipe) regionCode: string): Promise<ApiKeyDto[]> {
    return this.keys.list(regionCode);
  }

  @Post(':keyId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key: it stops working at once (idempotent)' })
  @ApiOkResponse({ type: ApiKeyDto })
  revoke(
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('keyId', UuidPipe) keyId: string,
  ): Promise<ApiKeyDto> {
    return this.keys.revoke(regionCode, keyId);
  }
}
