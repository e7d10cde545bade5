import { validateBody } from '@tuoyu/http';
import { HISTORY_FIELDS, ImportRowHistory, type ImportRowReader } from '@tuoyu/registration-domain';
import { ImportRegistrationRowDto } from './import-registration-row.dto';

/** An import row through the API's validation: the registration, and its history split off. */
export const readImportRow: ImportRowReader = (data) => {
  const { value, problems } = validateBody(ImportRegistrationRowDto, data);
  if (!value) return { problems };
  const history: ImportRowHistory = {};
  for (const field of HISTORY_FIELDS) {
    if (value[field] !== undefined) Object.assign(history, { [field]: value[field] });
    delete value[field];
  }
  return { row: { command: value, history } };
};
