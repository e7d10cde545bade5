import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting in this request, as the audit trail records it (set once the caller is authenticated). */
export interface RequestActor {
  role: string;
  subject?: string;
  region?: string;
  uscc?: string;
}

export interface RequestScope {
  requestId: string;
  actor?: RequestActor;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * The request being served, wherever the code runs (AsyncLocalStorage): the request id for logs and the audit
 * trail, and the authenticated actor. Outside a request (queue workers, loops) there is none.
 */
export const RequestContext = {
  run<T>(scope: RequestScope, fn: () => T): T {
    return storage.run(scope, fn);
  },
  current(): RequestScope | undefined {
    return storage.getStore();
  },
  setActor(actor: RequestActor): void {
    const scope = storage.getStore();
    if (scope) scope.actor = actor;
  },
};
