import { ApiProperty } from '@nestjs/swagger';

/** A failed delivery put back on its way. */
export class DeliveryResentDto {
  @ApiProperty({ example: 'filing-due:1b4e28ba-2fa1-11d2-883f-0016d3cca427:office@example.cn' })
  key: string;

  @ApiProperty({ example: 'pending', description: 'pending until the notice is sent again' })
  status: string;
}
