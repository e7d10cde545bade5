import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tuoyu/identity';
import { DeliveryLog } from '@tuoyu/notification-domain';
import { DeliveryLogEntryDto } from './delivery-log-entry.dto';
import { ListDeliveriesQuery } from './list-deliveries.query';

@ApiTags('deliveries')
@Roles('admin')
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly log: DeliveryLog) {}

  @Get()
  @ApiOperation({
    summary: 'The delivery log, newest first: one row per notice (idempotency key); status=failed lists what needs you',
  })
  @ApiOkResponse({ type: [DeliveryLogEntryDto] })
  list(@Query() query: ListDeliveriesQuery) {
    return this.log.list(query);
  }
}
