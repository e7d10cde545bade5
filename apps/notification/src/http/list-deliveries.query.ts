import { ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@tuoyu/notification-domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class ListDeliveriesQuery {
  @ApiPropertyOptional({
    example: 'office@example.cn',
    description: 'any recipient of the delivery (case-insensitive)',
  })
  @IsOptional()
  @IsEmail({}, { message: 'recipient must be an email address' })
  recipient?: string;

  @ApiPropertyOptional({ description: "the notice's idempotency key (X-Tuoyu-Idempotency-Key)" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  key?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'failed = refused for good or out of attempts' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({
    description: 'true: only deliveries with an ambiguous attempt (the recipient may hold two copies, same Message-ID)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'ambiguous must be true or false' })
  ambiguous?: boolean;

  @ApiPropertyOptional({ example: 50, default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
