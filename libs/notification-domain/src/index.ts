import { Delivery } from './delivery.entity';

export * from './delivery.entity';
export * from './delivery.repository';
export * from './delivery-log';
export * from './delivery-resend';
export * from './delivery-metrics';
export * from './delivery-outcome-recorder';
export * from './delivery-redrive';
export * from './delivery-retry-policy';
export * from './delivery-retry.error';
export * from './delivery.service';
export * from './mail-transport';
export * from './notification-domain.module';
export * from './notification-tables.migration';
export * from './permanent-delivery.error';
export * from './templates/resident-id-guard';
export * from './templates/sample-props';
export * from './templates/template-registry';
export * from './templates/unmasked-resident-id.error';

export const NOTIFICATION_ENTITIES = [Delivery];
