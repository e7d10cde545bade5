import { Controller, Get, Query, Res, UnauthorizedException } from '@nestjs/common';
import { RateLimit } from '@tuoyu/http';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@tuoyu/config';
import { Public, TokenService } from '@tuoyu/identity';
import type { Response } from 'express';
import { ADMIN_COOKIE } from './admin-session';

@ApiTags('admin')
@Controller('admin')
export class AdminLoginController {
  constructor(
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  @RateLimit('sign_in')
  @Get('login')
  @Public()
  @ApiOperation({
    summary: 'Browser sign-in for Bull Board: stores an admin token (npm run token -- --role admin) in a cookie',
  })
  @ApiFoundResponse({ description: 'signed in: on to /admin/queues (Bull Board)' })
  login(@Query('token') token: string | undefined, @Res() response: Response): void {
    if (!token || this.tokens.verify(token)?.role !== 'admin') {
      throw new UnauthorizedException('token must be a valid admin token (npm run token -- --role admin)');
    }
    response.cookie(ADMIN_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: '/admin',
    });
    response.redirect(302, '/admin/queues');
  }
}
