import { BadRequestException } from '@nestjs/common';
import { IsResidentId, IsUscc } from '@tuoyu/identity';
import { FieldProblem } from '@tuoyu/kernel';
import { Type, plainToInstance } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { validationException } from './validation-exception';

class GeoDto {
  @IsDefined() @IsInt() @Min(-90) lat: number;
}

class AddressDto {
  @IsDefined() @IsString() city: string;
  @IsDefined() @IsInt() @Min(1) floor: number;
  @IsOptional() @ValidateNested() @Type(() => GeoDto) geo?: GeoDto;
}

class PlaceDto {
  @IsDefined() @IsInt() @Min(1) capacity: number;
  @IsDefined() @ValidateNested() @Type(() => AddressDto) address: AddressDto;
  @IsOptional() @IsIn(['full_day', 'half_day']) service?: string;
  @IsOptional() @Matches(/^\d{6}$/) regionCode?: string;
  @IsOptional() @IsUscc() uscc?: string;
  @IsOptional() @IsResidentId() idNumber?: string;
}

const ADDRESS = { city: '资阳', floor: 1 };

/** The api.md error list for a plain body, as ValidationPipe would build it. */
function problemsFor(body: object, options: { whitelist?: boolean } = {}): { body: object; problems: FieldProblem[] } {
  const errors = validateSync(plainToInstance(PlaceDto, body), {
    whitelist: options.whitelist,
    forbidNonWhitelisted: options.whitelist,
  });
  const response = validationException(errors).getResponse() as { message: string; errors: FieldProblem[] };
  return { body: response, problems: response.errors };
}

const fieldsAndCodes = (problems: FieldProblem[]) => problems.map((p) => [p.field, p.code]);

describe('validationException', () => {
  it('is a 400 naming every offending field in its message', () => {
    const errors = validateSync(plainToInstance(PlaceDto, { address: { floor: 'two' } }));
    const exception = validationException(errors);
    expect(exception).toBeInstanceOf(BadRequestException);
    expect(exception.getStatus()).toBe(400);
    expect(exception.getResponse()).toEqual({
      message: 'Invalid request: capacity, address.city, address.floor',
      errors: [
        { field: 'capacity', code: 'required', message: 'capacity is required' },
        { field: 'address.city', code: 'required', message: 'address.city is required' },
        { field: 'address.floor', code: 'type', message: 'floor must be an integer number' },
      ],
    });
  });

  it('finds nothing wrong with a valid body (sanity of the DTO)', () => {
    expect(
      validateSync(plainToInstance(PlaceDto, { capacity: 60, address: { ...ADDRESS, geo: { lat: 30 } } })),
    ).toEqual([]);
  });

  it.each<[string, object, [string, string][]]>([
    [
      'everything missing',
      {},
      [
        ['capacity', 'required'],
        ['address', 'required'],
      ],
    ],
    ['a missing nested field', { capacity: 60, address: { city: '资阳' } }, [['address.floor', 'required']]],
    [
      'all nested fields missing',
      { capacity: 60, address: {} },
      [
        ['address.city', 'required'],
        ['address.floor', 'required'],
      ],
    ],
    [
      'a doubly nested field missing',
      { capacity: 60, address: { ...ADDRESS, geo: {} } },
      [['address.geo.lat', 'required']],
    ],
    ['a string for an integer', { capacity: 'sixty', address: ADDRESS }, [['capacity', 'type']]],
    ['a fraction for an integer', { capacity: 0.5, address: ADDRESS }, [['capacity', 'type']]],
    ['a boolean for an integer', { capacity: true, address: ADDRESS }, [['capacity', 'type']]],
    ['an integer out of range', { capacity: 0, address: ADDRESS }, [['capacity', 'min']]],
    ['a nested integer out of range', { capacity: 60, address: { ...ADDRESS, floor: 0 } }, [['address.floor', 'min']]],
    [
      'a nested wrong type',
      { capacity: 60, address: { city: 7, floor: 'x' } },
      [
        ['address.city', 'type'],
        ['address.floor', 'type'],
      ],
    ],
    [
      'a doubly nested wrong type',
      { capacity: 60, address: { ...ADDRESS, geo: { lat: 'north' } } },
      [['address.geo.lat', 'type']],
    ],
    [
      'a doubly nested value out of range',
      { capacity: 60, address: { ...ADDRESS, geo: { lat: -91 } } },
      [['address.geo.lat', 'min']],
    ],
    ['a string for a nested object', { capacity: 60, address: '资阳市雁江区' }, [['address', 'type']]],
    ['a number for a nested object', { capacity: 60, address: 5 }, [['address', 'type']]],
    ['a value outside an enum', { capacity: 60, address: ADDRESS, service: 'night' }, [['service', 'enum']]],
    ['a pattern mismatch', { capacity: 60, address: ADDRESS, regionCode: '51200' }, [['regionCode', 'format']]],
    [
      'a USCC with a wrong check character',
      { capacity: 60, address: ADDRESS, uscc: '91512081MA62K0260F' },
      [['uscc', 'checksum']],
    ],
    ['a USCC in lower case', { capacity: 60, address: ADDRESS, uscc: '91512081ma62k0260e' }, [['uscc', 'format']]],
    [
      'a resident ID born on February 30',
      { capacity: 60, address: ADDRESS, idNumber: '110105199002300010' },
      [['idNumber', 'birth_date']],
    ],
    [
      'a resident ID with a wrong check digit',
      { capacity: 60, address: ADDRESS, idNumber: '110105194912310020' },
      [['idNumber', 'checksum']],
    ],
    [
      'problems at several levels at once',
      { capacity: 'x', address: { floor: 0, geo: { lat: 'north' } } },
      [
        ['capacity', 'type'],
        ['address.city', 'required'],
        ['address.floor', 'min'],
        ['address.geo.lat', 'type'],
      ],
    ],
  ])('%s', (_case, body, expected) => {
    const { problems } = problemsFor(body);
    expect(fieldsAndCodes(problems)).toEqual(expected);
    for (const problem of problems) expect(problem.message).toEqual(expect.any(String));
  });

  it.each<[object, [string, string][]]>([
    [{ capacity: 60, address: ADDRESS, extra: 1 }, [['extra', 'unknown_field']]],
    [{ capacity: 60, address: { ...ADDRESS, storey: 2 } }, [['address.storey', 'unknown_field']]],
  ])('reports unknown fields when whitelisting: %p', (body, expected) => {
    expect(fieldsAndCodes(problemsFor(body, { whitelist: true }).problems)).toEqual(expected);
  });

  it('says only "required" for a missing value, not the type and range complaints about undefined', () => {
    const { problems } = problemsFor({ address: ADDRESS });
    expect(problems).toEqual([{ field: 'capacity', code: 'required', message: 'capacity is required' }]);
  });

  it('says only "type" for a value of the wrong type, not the range complaint', () => {
    const { problems } = problemsFor({ capacity: 'sixty', address: ADDRESS });
    expect(problems).toEqual([{ field: 'capacity', code: 'type', message: 'capacity must be an integer number' }]);
  });
});
