import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { RateLimit } from '@tuoyu/http';
import { Public, type Role } from '@tuoyu/identity';
import { ActiveSession, PortalSessions, SignInCodes } from '@tuoyu/portal-domain';
import type { Request, Response } from 'express';
import { PeopleDirectory } from './people-directory';
import { SESSION_COOKIE, clearSessionCookie, cookieOf, setSessionCookie } from './portal-cookie';
import { requirePortalHeader } from './portal-header';
import { SignInCodeDto, SignInRequestDto } from './sign-in.dto';
import { PortalMeDto } from '../http/views/portal-me.view-dto';
import { PortalSessionDto } from '../http/views/portal-session.view-dto';
import { SignInChallengeDto } from '../http/views/sign-in-challenge.view-dto';

// Who signs in to the portal; 12345 hotline systems (role hotline) call the API with their own tokens.
const FIELD_OF_ROLE: Partial<Record<Role, string>> = {
  institution: 'uscc',
  department: 'region',
  authority: 'region',
  admin: 'role',
};

/** Sign-in by a one-time code sent to the address on record, a server-side session, sign-out. */
@ApiTags('portal')
@Public()
@Controller('portal')
export class SignInController {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly codes: SignInCodes,
    private readonly sessions: PortalSessions,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @RateLimit('sign_in')
  @Post('sign-in/code')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a one-time code to the address the directory or registration holds' })
  @ApiAcceptedResponse({ type: SignInChallengeDto })
  async sendCode(@Req() request: Request, @Body() body: SignInRequestDto) {
    requirePortalHeader(request);
    const person = await this.directory.find(body);
    if (!person) {
      const field = FIELD_OF_ROLE[body.role] ?? 'role';
      throw new NotFoundException({
        message: 'No address is on record for this sign-in; ask the platform administrator',
        errors: [{ field, code: 'not_on_record', message: `no ${body.role} with this ${field} is on record` }],
      });
    }
    return this.codes.send(person.identity, person.email);
  }

  @RateLimit('sign_in')
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the code for a session (HttpOnly cookie)' })
  @ApiOkResponse({ type: PortalSessionDto })
  async signIn(@Req() request: Request, @Body() body: SignInCodeDto, @Res({ passthrough: true }) response: Response) {
    requirePortalHeader(request);
    const identity = await this.codes.redeem(body.challengeId, body.code);
    await this.sessions.end(cookieOf(request, SESSION_COOKIE));
    setSessionCookie(response, await this.sessions.open(identity, undefined), this.secure);
    return { ...identity, readOnly: false };
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session ended, its cookie cleared' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    requirePortalHeader(request);
    await this.sessions.end(cookieOf(request, SESSION_COOKIE));
    clearSessionCookie(response, this.secure);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who this browser is: a signed-in person, or a read-only link to one case' })
  @ApiOkResponse({ type: PortalMeDto })
  async me(@Req() request: Request): Promise<ActiveSession & { now: string }> {
    const session = await this.sessions.resolve(cookieOf(request, SESSION_COOKIE));
    if (!session) throw new UnauthorizedException('Not signed in');
    return { ...session, now: this.clock.now().toISOString() };
  }

  private get secure(): boolean {
    return this.config.publicBaseUrl.startsWith('https:');
  }
}
