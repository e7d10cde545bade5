import { Injectable } from '@nestjs/common';
import { AppConfig, ServiceName } from '@tuoyu/config';

export const PROXIED_SERVICES = ['registration', 'filing', 'evaluation', 'notification', 'admin'] as const;
export type ProxiedService = (typeof PROXIED_SERVICES)[number];

/** Where the portal reaches each service: on this host at the service's configured port (PORT_<SERVICE>). */
@Injectable()
export class ServiceUpstreams {
  constructor(private readonly config: AppConfig) {}

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.config.port(service)}`;
  }
}
