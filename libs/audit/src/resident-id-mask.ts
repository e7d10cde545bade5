// Anything shaped like an 18-character resident ID, valid or not: masking too much is harmless here.
const ID_SHAPED = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;

/** The audit trail never holds a full resident ID: the first and last four characters only. */
export function maskIdsIn(text: string): string {
  return text.replace(ID_SHAPED, (_match, head: string, tail: string) => `${head}${'*'.repeat(10)}${tail}`);
}
