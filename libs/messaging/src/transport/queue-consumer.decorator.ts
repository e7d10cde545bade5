import { Controller, SetMetadata, UseFilters, applyDecorators } from '@nestjs/common';
import { QueueName } from '@tuoyu/contracts';
import { KeepHandlerErrors } from './keep-handler-errors.filter';

export const CONSUMED_QUEUE = 'tuoyu:consumed-queue';

/**
 * Marks the class whose `@EventPattern(MessageType.…)` methods consume `queue` (Nest finds message handlers on
 * controllers only). Handler errors keep their type (KeepHandlerErrors) so BullMQ's attempts and backoff apply.
 */
export function QueueConsumer(queue: QueueName): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(KeepHandlerErrors), SetMetadata(CONSUMED_QUEUE, queue));
}
