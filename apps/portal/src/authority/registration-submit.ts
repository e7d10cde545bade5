import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { message } from 'antd';
import { useFormSubmit } from '../forms/form-submit';

/**
 * The authority's registration forms (核准、变更、注销登记) submit one way: `send` posts the values and names what
 * was recorded; then the form is cleared and `refresh` refetched. Field problems as useFormSubmit shows them.
 */
export function useRegistrationSubmit(
  fields: ReadonlySet<string>,
  send: (values: Record<string, unknown>) => Promise<string>,
  refresh: readonly QueryKey[],
) {
  const client = useQueryClient();
  return useFormSubmit(fields, send, async (recorded, form) => {
    void message.success(recorded);
    form.resetFields();
    for (const queryKey of refresh) await client.invalidateQueries({ queryKey });
  });
}
