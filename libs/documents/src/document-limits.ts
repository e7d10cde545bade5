/** What any uploaded document may be (filing materials, complaint attachments): scans and photos, recognised by content. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
