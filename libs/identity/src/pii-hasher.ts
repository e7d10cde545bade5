import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tuoyu/config';
import { normalizeResidentId } from './resident-id';

/** Keyed hash of a resident ID: equal IDs match (ban lists, rosters) without the number being stored. */
@Injectable()
export class PiiHasher {
  constructor(private readonly config: AppConfig) {}

  residentId(idNumber: string): string {
    return createHmac('sha256', this.config.piiHashKey).update(normalizeResidentId(idNumber)).digest('hex');
  }
}
