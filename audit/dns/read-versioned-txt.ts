import { hasVersion } from '../versioned-tag-record';
import { isTemporary, joinTxt, type Resolver, type TemporaryFailure } from './types';

export type VersionedTxt = { ok: true; records: string[] } | { ok: false; failure: TemporaryFailure };

/**
 * The TXT records at `name` that announce `version` (RFC 8461 §3.1, RFC 8460 §3: the others are
 * discarded before counting), or the temporary failure that hides them.
 */
export async function readVersionedTxt(
  resolver: Resolver,
  name: string,
  version: string,
): Promise<VersionedTxt> {
  const answer = await resolver.query(name, 'TXT');
  if (isTemporary(answer.outcome))
    return { ok: false, failure: { name: answer.name, type: 'TXT', outcome: answer.outcome } };
  return { ok: true, records: answer.records.map(joinTxt).filter((text) => hasVersion(text, version)) };
}
