import { parse } from 'csv-parse/sync';

/**
 * Bulk import formats. NDJSON: one POST /registrations body per line. CSV: a header row with the body's fields,
 * nested ones dotted (legalRepresentative.idNumber, contact.email), serviceTypes separated by "|",
 * capacity a number, inclusive true/false. Both become the same plain objects, validated like the API's.
 */
export type ImportFormat = 'ndjson' | 'csv';

export interface ImportRecord {
  /** 1-based line (NDJSON) or data row (CSV) number, for the error report. */
  row: number;
  data: unknown;
  /** Set when the line itself could not be read (bad JSON). */
  unreadable?: string;
}

export function formatOf(fileName: string): ImportFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'ndjson';
}

export function readImportRecords(text: string, format: ImportFormat): ImportRecord[] {
  return format === 'csv' ? readCsv(text) : readNdjson(text);
}

function readNdjson(text: string): ImportRecord[] {
  const records: ImportRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push({ row: i + 1, data: JSON.parse(line) });
    } catch (error) {
      records.push({
        row: i + 1,
        data: null,
        unreadable: `line ${i + 1} is not valid JSON: ${(error as Error).message}`,
      });
    }
  });
  return records;
}

function readCsv(text: string): ImportRecord[] {
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  return rows.map((columns, i) => ({ row: i + 1, data: csvColumnsToBody(columns) }));
}

/** One CSV row → a POST /registrations body (types converted; validation happens later, as for the API). */
export function csvColumnsToBody(columns: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(columns)) {
    if (raw === '') continue;
    const value = convert(key, raw);
    const [head, tail] = key.split('.', 2);
    if (tail === undefined) body[head] = value;
    else body[head] = { ...(body[head] as object | undefined), [tail]: value };
  }
  return body;
}

function convert(key: string, raw: string): unknown {
  if (key === 'serviceTypes')
    return raw
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
  if (key === 'capacity') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (key === 'inclusive') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
