import { readVersionedTagRecord } from '../versioned-tag-record';

export const MTA_STS_VERSION = 'STSv1';

export interface MtaStsRecord {
  /** The policy id, when it is 1 to 32 letters and digits (RFC 8461 §3.1). */
  id: string | null;
  errors: string[];
}

// RFC 8461 §3.1: sts-id = %s"id=" 1*32(ALPHA / DIGIT)
const ID = /^[A-Za-z0-9]{1,32}$/;

/** Reads one `_mta-sts` TXT record that begins with "v=STSv1" (RFC 8461 §3.1). Pure. */
export function parseMtaStsRecord(text: string): MtaStsRecord {
  const { tags, errors } = readVersionedTagRecord(text, MTA_STS_VERSION);
  const id = tags.get('id');
  if (id === undefined) errors.push('no "id=" field');
  else if (!ID.test(id)) errors.push(`id "${id}" is not 1 to 32 letters and digits`);
  return { id: id !== undefined && ID.test(id) ? id : null, errors };
}
