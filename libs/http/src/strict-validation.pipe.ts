import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { shapeErrors } from './shape-check';
import { validationException } from './validation-exception';

/**
 * The global ValidationPipe plus shape checks: a body or query that is not a JSON object, and nested fields of the
 * wrong shape (see shapeErrors), are 400s naming the field like any other validation error.
 */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationException });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype && this.toValidate(metadata) && metadata.type !== 'param';
    if (dto && metadata.type === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new BadRequestException({
        message: 'Invalid request: body',
        errors: [{ field: 'body', code: 'type', message: 'the request body must be a JSON object' }],
      });
    }
    return super.transform(value, metadata);
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const shapes = shapeErrors(object);
    // A wrong shape is the one thing to fix; class-validator's complaints about its elements are noise.
    return [...errors.filter((e) => !shapes.some((s) => s.property === e.property)), ...shapes];
  }
}
