import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DepartmentDirectory } from '@tuoyu/filing-domain';
import { Roles } from '@tuoyu/identity';
import { RegionCodePipe } from '@tuoyu/http';
import { DepartmentEntryDto } from './department-entry.dto';
import { DepartmentDto } from './views/department.view-dto';

@ApiTags('departments')
@Roles('admin')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly directory: DepartmentDirectory) {}

  @Get()
  @ApiOperation({ summary: 'The whole department directory, by region code' })
  @ApiOkResponse({ type: [DepartmentDto] })
  list() {
    return this.directory.list();
  }

  @Put(':regionCode')
  @ApiOperation({ summary: 'Register or update the county health department of a region' })
  @ApiOkResponse({ type: DepartmentDto })
  put(@Param('regionCode', RegionCodePipe) regionCode: string, @Body() body: DepartmentEntryDto) {
    return this.directory.put(regionCode, body);
  }

  @Get(':regionCode')
  @ApiOperation({ summary: 'The department directory entry of a region' })
  @ApiOkResponse({ type: DepartmentDto })
  get(@Param('regionCode', RegionCodePipe) regionCode: string) {
    return this.directory.get(regionCode);
  }
}
