import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { RegistrationService } from '@tuoyu/registration-domain';
import { CreateRegistrationDto } from './create-registration.dto';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationService) {}

  @Post()
  @HttpCode(201)
  @Roles('authority')
  @ApiOperation({
    summary: 'Record an approved registration (核准登记) and start its handoff to the health department',
  })
  async create(@Body() body: CreateRegistrationDto, @CurrentPrincipal() principal: Principal) {
    const view = await this.registrations.approve(body, principal);
    return {
      id: view.id,
      uscc: view.uscc,
      status: view.status,
      sharing: { dueOn: view.sharing.dueOn, status: view.sharing.status },
    };
  }

  @Get(':id')
  @Roles('authority', 'admin')
  @ApiOperation({ summary: 'A registration with its 30-day sharing duty (pending | delivered | overdue)' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() principal: Principal) {
    return this.registrations.get(id, principal);
  }
}
