import { BadRequestException } from '@nestjs/common';
import { FieldProblem } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsInt, ValidateNested } from 'class-validator';
import { StrictValidationPipe } from './strict-validation.pipe';

class Leaf {
  @IsDefined() @IsInt() n: number;
}

class Tree {
  @IsDefined() @ValidateNested() @Type(() => Leaf) one: Leaf;
  @IsDefined() @IsArray() @ValidateNested({ each: true }) @Type(() => Leaf) many: Leaf[];
}

async function problemsFor(body: unknown): Promise<[string, string][]> {
  try {
    await new StrictValidationPipe().transform(body, { type: 'body', metatype: Tree });
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    const response = (error as BadRequestException).getResponse() as { errors: FieldProblem[] };
    return response.errors.map((p) => [p.field, p.code]);
  }
  return [];
}

describe('StrictValidationPipe (wrong shapes name their field)', () => {
  it('accepts a body of the right shape', async () => {
    expect(await problemsFor({ one: { n: 1 }, many: [{ n: 2 }] })).toEqual([]);
  });

  it.each<[string, unknown, [string, string][]]>([
    ['an array for the body', [{ one: { n: 1 } }], [['body', 'type']]],
    ['a string for the body', 'tree', [['body', 'type']]],
    ['an array for an object', { one: [{ n: 1 }], many: [] }, [['one', 'type']]],
    ['an empty array for an object', { one: [], many: [] }, [['one', 'type']]],
    ['an array of arrays for an array of objects', { one: { n: 1 }, many: [[{ n: 1 }]] }, [['many.0', 'type']]],
    ['a number in an array of objects', { one: { n: 1 }, many: [{ n: 1 }, 5] }, [['many.1', 'type']]],
    ['an object for an array', { one: { n: 1 }, many: { n: 1 } }, [['many', 'type']]],
  ])('%s', async (_case, body, expected) => {
    expect(await problemsFor(body)).toEqual(expect.arrayContaining(expected));
  });
});
