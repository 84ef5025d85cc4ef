import { joinTxt, type Resolver } from './types';

/** A name to look at, and the mistake that would put a record there. */
export interface Probe<M extends string> {
  name: string;
  mistake: M;
}

/** A record found at a probed name. */
export interface ProbeHit<M extends string> extends Probe<M> {
  record: string;
}

// RFC 1035 §2.3.4: 255 octets on the wire, 253 characters in text form.
const MAX_NAME = 253;

/**
 * Reads the TXT records at names where a record is published by mistake and keeps those `accept`
 * recognises. Diagnostic only: a name that is too long is skipped, and a temporary failure is not
 * reported, since the finding these probes explain (a missing record) is certain without them.
 */
export async function probeTxt<M extends string>(
  resolver: Resolver,
  probes: Probe<M>[],
  accept: (text: string) => boolean,
): Promise<ProbeHit<M>[]> {
  const usable = probes.filter((probe) => probe.name.length <= MAX_NAME);
  const answers = await Promise.all(usable.map((probe) => resolver.query(probe.name, 'TXT')));
  return usable.flatMap((probe, index) =>
    (answers[index]?.records ?? [])
      .map(joinTxt)
      .filter(accept)
      .map((record) => ({ ...probe, record })),
  );
}
