import { Delivery } from './delivery.entity';

export * from './delivery.entity';
export * from './delivery.service';
export * from './mail-transport';
export * from './notification-domain.module';
export * from './notification-tables.migration';
export * from './templates/template-registry';

export const NOTIFICATION_ENTITIES = [Delivery];
