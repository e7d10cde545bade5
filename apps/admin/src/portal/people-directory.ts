import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { TokenService } from '@tuoyu/identity';
import type { PortalIdentity } from '@tuoyu/portal-domain';
import { ServiceUpstreams } from './service-upstreams';
import type { SignInRequestDto } from './sign-in.dto';

export interface PersonOnRecord {
  identity: PortalIdentity;
  email: string;
}

/**
 * The address a sign-in code goes to, from the record the services keep: the institution's contact (from its
 * registration, on its filing case), the department and authority directories, and ADMIN_EMAIL.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    private readonly upstreams: ServiceUpstreams,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async find(who: SignInRequestDto): Promise<PersonOnRecord | undefined> {
    switch (who.role) {
      case 'institution': {
        const cases = await this.read<{ name: string; contactEmail: string }[]>(
          'filing',
          `/filings?uscc=${encodeURIComponent(who.uscc ?? '')}`,
        );
        const found = cases?.[0];
        return (
          found && { identity: { role: 'institution', uscc: who.uscc, name: found.name }, email: found.contactEmail }
        );
      }
      case 'department': {
        const entry = await this.read<{ name: string; email: string }>('filing', `/departments/${who.region}`);
        return entry && { identity: { role: 'department', region: who.region, name: entry.name }, email: entry.email };
      }
      case 'authority': {
        const entry = await this.read<{ name?: string; email: string }>(
          'registration',
          `/authorities/${who.region}/${who.authorityKind}`,
        );
        const name = entry?.name ?? `登记机关（${who.region}）`;
        return entry && { identity: { role: 'authority', region: who.region, name }, email: entry.email };
      }
      case 'hotline':
        // The 12345 hotline is a system with its own token, never a person signing in to the portal.
        return undefined;
      case 'admin': {
        const email = this.config.adminEmail;
        return email ? { identity: { role: 'admin', name: '平台管理员' }, email } : undefined;
      }
    }
  }

  private async read<T>(service: 'filing' | 'registration', path: string): Promise<T | undefined> {
    const token = this.tokens.sign({ role: 'admin', subject: 'portal' }, 60);
    const response = await fetch(`${this.upstreams.url(service)}${path}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${service} answered ${response.status} for ${path.split('?')[0]}`);
    return (await response.json()) as T;
  }
}
