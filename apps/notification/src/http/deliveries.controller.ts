import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tuoyu/identity';
import { DeliveryLog, DeliveryResend } from '@tuoyu/notification-domain';
import { DeliveryResentDto } from './delivery-resent.dto';
import { DeliveryLogEntryDto } from './delivery-log-entry.dto';
import { ListDeliveriesQuery } from './list-deliveries.query';

@ApiTags('deliveries')
@Roles('admin')
@Controller('deliveries')
export class DeliveriesController {
  constructor(
    private readonly log: DeliveryLog,
    private readonly resends: DeliveryResend,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The delivery log, newest first: one row per notice (idempotency key); status=failed lists what needs you',
  })
  @ApiOkResponse({ type: [DeliveryLogEntryDto] })
  list(@Query() query: ListDeliveriesQuery) {
    return this.log.list(query);
  }

  @Post(':key/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a failed delivery again (same idempotency key), once its cause is fixed' })
  @ApiResponse({ status: 202, type: DeliveryResentDto })
  @ApiResponse({ status: 404, description: 'no delivery has this key' })
  @ApiResponse({ status: 409, description: 'the delivery is not failed, or its request is no longer kept' })
  resend(@Param('key') key: string): Promise<DeliveryResentDto> {
    return this.resends.resend(key);
  }
}
