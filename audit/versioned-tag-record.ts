import { parseTagList } from './dkim/parse-tag-list';

/** A "v=…; tag=value; …" record read: its tags after `v`, and what is wrong with it. */
export interface VersionedTagRecord {
  tags: Map<string, string>;
  errors: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a TXT record announces `version` ("v=STSv1", "v=TLSRPTv1", "v=BIMI1"): the records that
 * do not are discarded before counting (RFC 8461 §3.1, RFC 8460 §3). Case-sensitive, as the ABNF's
 * %s strings are.
 */
export function hasVersion(text: string, version: string): boolean {
  return new RegExp(`^v=${escapeRegExp(version)}[ \\t]*(;|$)`).test(text);
}

/**
 * Reads a record of the tag=value grammar shared by MTA-STS (RFC 8461 §3.1), TLS-RPT (RFC 8460 §3)
 * and BIMI, whose first tag is `v=<version>`: the tag-list syntax of RFC 6376 §3.2 with case-sensitive
 * names (parse-tag-list.ts).
 */
export function readVersionedTagRecord(text: string, version: string): VersionedTagRecord {
  const parsed = parseTagList(text);
  const errors = [...parsed.errors];
  const [first, ...rest] = parsed.tags;
  if (first?.name !== 'v' || first.value !== version)
    errors.push(`the record must begin with "v=${version}"`);
  const tags = new Map(rest.filter((tag) => tag.name !== 'v').map((tag) => [tag.name, tag.value]));
  return { tags, errors };
}
