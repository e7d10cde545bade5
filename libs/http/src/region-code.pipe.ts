import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { checkRegionCode } from '@tuoyu/identity';

/** A region code path parameter, checked like a body field (api.md error shape). */
@Injectable()
export class RegionCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const problem = checkRegionCode(value);
    if (problem) {
      throw new BadRequestException({
        message: `regionCode ${problem}`,
        errors: [{ field: 'regionCode', code: 'format', message: `regionCode ${problem}` }],
      });
    }
    return value;
  }
}
