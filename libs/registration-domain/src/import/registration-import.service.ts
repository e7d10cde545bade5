import { Injectable } from '@nestjs/common';
import { Principal } from '@tuoyu/identity';
import { DomainError, FieldProblem } from '@tuoyu/kernel';
import { ApproveRegistrationCommand } from '../approve-registration.command';
import { RegistrationService } from '../registration.service';

export type ImportRowResult =
  | { row: number; status: 'created'; id: string; uscc: string }
  | { row: number; status: 'skipped'; uscc: string; reason: string }
  | { row: number; status: 'invalid'; errors: FieldProblem[] };

/**
 * Imports existing registrations row by row, each in its own transaction, through the same rules as
 * POST /registrations. A USCC already registered is skipped, so re-running an import creates nothing new.
 */
@Injectable()
export class RegistrationImportService {
  constructor(private readonly registrations: RegistrationService) {}

  async importRow(row: number, command: ApproveRegistrationCommand, principal: Principal): Promise<ImportRowResult> {
    try {
      const created = await this.registrations.approve(command, principal);
      return { row, status: 'created', id: created.id, uscc: created.uscc };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === 'conflict') return { row, status: 'skipped', uscc: command.uscc, reason: error.message };
      const errors = error.problems.length
        ? error.problems
        : [{ field: 'row', code: error.kind, message: error.message }];
      return { row, status: 'invalid', errors };
    }
  }
}
