import { z } from 'zod';

/** Where a page of the audit log continues: the last entry's time and id (the list's sort key). */
export interface AuditCursor {
  at: Date;
  id: string;
}

/** The cursor's JSON, for decodeCursor in the API (which answers 400 to a forged one). */
export const auditCursorKey = z
  .object({ at: z.iso.datetime(), id: z.uuid() })
  .transform(({ at, id }): AuditCursor => ({ at: new Date(at), id }));

/** An entry as the opaque cursor that continues after it (base64url JSON, as every v1 cursor). */
export function auditCursorText(entry: AuditCursor): string {
  return Buffer.from(JSON.stringify({ at: entry.at.toISOString(), id: entry.id })).toString('base64url');
}

/** The cursor of the page's URL; anything else starts from the newest entry. */
export function readAuditCursor(text: string | undefined): AuditCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const parsed = auditCursorKey.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
