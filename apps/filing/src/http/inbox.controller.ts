import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DepartmentInbox } from '@tuoyu/filing-domain';
import { AcceptsApiKey, CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { HandoffOfferDto } from './views/handoff-offer.view-dto';

export class LeaseHandoffsDto {
  @ApiProperty({ required: false, example: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiProperty({ required: false, example: 300, description: 'how long the offered handoffs stay hidden (seconds)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400)
  leaseSeconds?: number;
}

const API_KEY_DOC = {
  name: 'X-Api-Key',
  required: false,
  description: "instead of a bearer token: the department system's API key with this operation's scope",
};

@ApiTags('department inbox')
@Roles('department')
@Controller('inbox/handoffs')
export class InboxController {
  constructor(private readonly inbox: DepartmentInbox) {}

  @Post('lease')
  @AcceptsApiKey('inbox:lease')
  @ApiHeader(API_KEY_DOC)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Lease the unacknowledged handoffs of your region; unacknowledged ones come back when the lease ends',
  })
  @ApiOkResponse({ type: [HandoffOfferDto] })
  lease(@Body() body: LeaseHandoffsDto, @CurrentPrincipal() principal: Principal) {
    return this.inbox.lease(principal, body.limit ?? 20, body.leaseSeconds ?? 300);
  }

  @Post(':handoffId/ack')
  @AcceptsApiKey('inbox:ack')
  @ApiHeader(API_KEY_DOC)
  @HttpCode(204)
  @ApiOperation({ summary: 'Acknowledge a handoff: it is never offered again (idempotent)' })
  @ApiNoContentResponse({ description: 'acknowledged (also when it already was)' })
  async acknowledge(
    @Param('handoffId', UuidPipe) handoffId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.inbox.acknowledge(principal, handoffId);
  }
}
