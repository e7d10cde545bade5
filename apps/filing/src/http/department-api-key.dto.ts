import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_SCOPES, type ApiKeyScope } from '@tuoyu/identity';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: '荷塘区卫健局业务系统', description: 'what system holds the key' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['inbox:lease', 'inbox:ack'] })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScope[];
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '430202' })
  regionCode: string;

  @ApiProperty({ example: '荷塘区卫健局业务系统' })
  label: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true })
  scopes: ApiKeyScope[];

  @ApiProperty({ example: 'tyk_Qm9yZ2V0', description: 'the first characters of the key, to tell keys apart' })
  prefix: string;

  @ApiProperty({ example: 'ops-zhang', description: 'the administrator who created it' })
  createdBy: string;

  @ApiProperty({ example: '2026-12-03T10:14:00+08:00' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    example: 'tyk_3q2-7wEvq…',
    description: 'the key itself, shown this once only: send it as X-Api-Key; only its hash is stored',
  })
  key: string;
}
