import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HandoffWebhookService } from '@tuoyu/filing-domain';
import { Roles } from '@tuoyu/identity';
import { DeadLetterDto } from './views/dead-letter.view-dto';

@ApiTags('department webhooks')
@Roles('admin')
@Controller('webhooks/dead-letters')
export class WebhookDeadLettersController {
  constructor(private readonly webhooks: HandoffWebhookService) {}

  @Get()
  @ApiOperation({ summary: 'Handoff pushes that failed every retry, with their last error' })
  @ApiOkResponse({ type: [DeadLetterDto] })
  list() {
    return this.webhooks.deadLetters();
  }

  @Post(':handoffId/redrive')
  @HttpCode(202)
  @ApiOperation({ summary: 'Push a dead handoff again (same webhook-id, new retries)' })
  @ApiAcceptedResponse({ description: 'queued for delivery again' })
  async redrive(@Param('handoffId', UuidPipe) handoffId: string): Promise<void> {
    await this.webhooks.redrive(handoffId);
  }
}
