import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter turns every non-RpcException into `{ status: 'error', message: 'Internal server
 * error' }`: the BullMQ server could no longer tell an UnrecoverableError, a DelayedError or an invalid message
 * from a transient failure, and the failed reason would lose its text. Handlers' errors pass through unchanged.
 */
@Catch()
export class KeepHandlerErrors implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
