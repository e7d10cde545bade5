import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, FieldProblem } from '@tuoyu/kernel';
import type { Response } from 'express';
import { RETRY_AFTER_SECONDS, isDatabaseUnreachable } from './dependency-unavailable';

const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldProblem[];
  errorId?: string;
  /** On a 503: the dependency that could not be reached. */
  dependency?: string;
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status] ?? 'Error';
  return name
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
}

function isHealthReport(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'details' in body && 'status' in body;
}

/** Maps everything thrown to the api.md error shape; anything unexpected is a logged 500 with an error id. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException && isHealthReport(exception.getResponse())) {
      // terminus' 503: its body names each dependency and its status (api.md /health); keep it whole.
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    if (isDatabaseUnreachable(exception)) {
      // Not the request's fault nor a bug: the caller should come back shortly (api.md error shape, plus the dependency).
      this.logger.warn(`database unreachable: ${(exception as Error).message}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: `The database is unreachable; try again in ${RETRY_AFTER_SECONDS} seconds`,
        dependency: 'database',
      } satisfies ApiErrorBody);
      return;
    }
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message: exception.message,
        ...(exception.problems.length ? { errors: exception.problems } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const detail =
        typeof raw === 'string' ? { message: raw } : (raw as { message?: unknown; errors?: FieldProblem[] });
      const message = Array.isArray(detail.message)
        ? detail.message.join('; ')
        : typeof detail.message === 'string'
          ? detail.message
          : exception.message;
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message,
        ...(detail.errors ? { errors: detail.errors } : {}),
      };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, `Unexpected error ${errorId}`);
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: `Unexpected error; quote error id ${errorId} to the administrator`,
      errorId,
    };
  }
}
