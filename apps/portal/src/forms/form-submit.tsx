import { Alert, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import { useWording } from '../i18n';
import { clearFieldErrorsOnChange, showFieldErrors } from './field-errors';

/**
 * How the portal's forms submit: `send` calls the API with the form's values; `onSent` takes its result (a
 * message, clearing the form, a refetch, closing the form). When either fails, the API's field problems among
 * `fields` show at their fields and the rest in `problems` (for SubmitProblems). `busy` is true meanwhile. The form
 * takes `onValuesChange`, which takes a field's problem away once the person changes that field.
 */
export function useFormSubmit<Values, Result>(
  fields: ReadonlySet<string>,
  send: (values: Values) => Promise<Result>,
  onSent: (result: Result, form: FormInstance<Values>) => void | Promise<void>,
) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const say = useWording();
  const submit = async (values: Values) => {
    setBusy(true);
    setProblems([]);
    try {
      await onSent(await send(values), form);
    } catch (error) {
      setProblems(showFieldErrors(form, error, fields, say));
    } finally {
      setBusy(false);
    }
  };
  const onValuesChange = (changed: unknown) => clearFieldErrorsOnChange(form, changed);
  return { form, busy, problems, submit, onValuesChange };
}

/** The problems no field of the form shows, above it. */
export function SubmitProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return <Alert type="error" showIcon message={problems.join('；')} style={{ marginBottom: 12 }} />;
}
