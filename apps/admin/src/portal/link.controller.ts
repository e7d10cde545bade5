import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiSeeOtherResponse, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@tuoyu/config';
import { Public, Roles } from '@tuoyu/identity';
import { LinkGrants, PortalSessions } from '@tuoyu/portal-domain';
import type { Response } from 'express';
import { setSessionCookie } from './portal-cookie';
import { RevokeLinksDto } from './sign-in.dto';

/** Emailed links: the capability is exchanged once for a read-only session and leaves the address bar. */
@ApiTags('portal')
@Controller()
export class LinkController {
  constructor(
    private readonly grants: LinkGrants,
    private readonly sessions: PortalSessions,
    private readonly config: AppConfig,
  ) {}

  @Get('l/:capability')
  @Public()
  @ApiOperation({ summary: 'Open an emailed link: a read-only session for its case, then the case page' })
  @ApiSeeOtherResponse({ description: 'on to the portal page the link opens (or /link-invalid)' })
  async open(@Param('capability') capability: string, @Res() response: Response): Promise<void> {
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    const scope = await this.grants.exchange(capability);
    if (!scope) return response.redirect(303, '/link-invalid');
    const token = await this.sessions.open(
      { role: 'institution', uscc: scope.uscc, name: scope.uscc },
      { caseId: scope.caseId },
    );
    setSessionCookie(response, token, this.config.publicBaseUrl.startsWith('https:'));
    response.redirect(303, `/cases/${scope.caseId}`);
  }

  @Post('portal/links/revocations')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke every emailed link to a case issued until now (admin)' })
  async revoke(@Body() body: RevokeLinksDto): Promise<void> {
    await this.grants.revokeCase(body.caseId);
  }
}
