import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, message } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from './field-errors';

/**
 * The authority's registration forms (核准、变更、注销登记) submit one way: `send` posts the values and names what
 * was recorded; then the form is cleared and `refresh` refetched. The API's field problems among `fields` show at
 * their fields, the rest in `problems` (for SubmitProblems).
 */
export function useRegistrationSubmit(
  fields: ReadonlySet<string>,
  send: (values: Record<string, unknown>) => Promise<string>,
  refresh: readonly QueryKey[],
) {
  const [form] = Form.useForm();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblems([]);
    try {
      void message.success(await send(values));
      form.resetFields();
      for (const queryKey of refresh) await client.invalidateQueries({ queryKey });
    } catch (error) {
      setProblems(showFieldErrors(form, error, fields));
    } finally {
      setBusy(false);
    }
  };
  return { form, busy, problems, submit };
}

/** The problems no field of the form shows. */
export function SubmitProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return <Alert type="error" showIcon message={problems.join('；')} style={{ marginBottom: 12 }} />;
}
