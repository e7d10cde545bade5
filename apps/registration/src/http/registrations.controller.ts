import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { UuidPipe } from '@tuoyu/http';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@tuoyu/identity';
import { RegistrationLifecycleService, RegistrationListService, RegistrationService } from '@tuoyu/registration-domain';
import { CancelRegistrationDto } from './cancel-registration.dto';
import { ChangeRegistrationDto } from './change-registration.dto';
import { CreateRegistrationDto } from './create-registration.dto';
import { RegistrationChangeDto } from './views/registration-change.view-dto';
import { RegistrationCreatedDto } from './views/registration-created.view-dto';
import { RegistrationViewDto } from './views/registration.view-dto';
import { ListRegistrationsQuery, RegistrationListItemDto } from './registration-list.dto';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly lifecycle: RegistrationLifecycleService,
    private readonly listing: RegistrationListService,
  ) {}

  @Get()
  @Roles('authority', 'admin')
  @ApiOperation({
    summary: "The region's registrations, newest first, with the sharing duty's state (authority: own region)",
  })
  @ApiOkResponse({ type: [RegistrationListItemDto] })
  list(@Query() query: ListRegistrationsQuery, @CurrentPrincipal() principal: Principal) {
    return this.listing.list(query, principal);
  }

  @Post()
  @HttpCode(201)
  @Roles('authority')
  @ApiOperation({
    summary: 'Record an approved registration (核准登记) and start its handoff to the health department',
  })
  @ApiCreatedResponse({ type: RegistrationCreatedDto })
  async create(@Body() body: CreateRegistrationDto, @CurrentPrincipal() principal: Principal) {
    const view = await this.registrations.approve(body, principal);
    return {
      id: view.id,
      uscc: view.uscc,
      status: view.status,
      sharing: { dueOn: view.sharing.dueOn, status: view.sharing.status },
      warnings: view.warnings,
    };
  }

  @Patch(':id')
  @Roles('authority')
  @ApiOperation({
    summary: 'Record an approved change (变更登记); the institution must file the change within 15 days',
  })
  @ApiOkResponse({ type: RegistrationChangeDto })
  change(
    @Param('id', UuidPipe) id: string,
    @Body() { changedOn, ...changes }: ChangeRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.lifecycle.change(id, changedOn, changes, principal);
  }

  @Post(':id/cancellation')
  @HttpCode(204)
  @Roles('authority')
  @ApiOperation({ summary: 'Record a deregistration (注销); the filing case closes' })
  @ApiNoContentResponse({ description: 'deregistered; the filing case closes' })
  async cancel(
    @Param('id', UuidPipe) id: string,
    @Body() body: CancelRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.lifecycle.cancel(id, body.cancelledOn, body.reason, principal);
  }

  @Get(':id')
  @Roles('authority', 'admin')
  @ApiOperation({ summary: 'A registration with its 30-day sharing duty (pending | delivered | overdue)' })
  @ApiOkResponse({ type: RegistrationViewDto })
  get(@Param('id', UuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.registrations.get(id, principal);
  }
}
