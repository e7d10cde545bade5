import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './api';

export type Role = 'institution' | 'department' | 'authority' | 'admin';

export interface Session {
  role: Role;
  region?: string;
  uscc?: string;
  name: string;
  readOnly: boolean;
  caseId?: string;
  /** The platform's clock (moved in tests and demos), for days-left counts. */
  now?: string;
}

/** Who this browser is (a read-only link session or a signed-in person), or null. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        return await api<Session>('/portal/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api('/portal/sign-out', { method: 'POST' });
    client.clear();
  };
}
