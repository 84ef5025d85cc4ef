/**
 * Zone file text for the synthetic scale zones: records with absolute owner names, TXT data split into
 * character-strings of at most 255 octets (RFC 1035 §3.3.14; Knot refuses a longer one).
 */

/** One TXT record; `value` is ASCII (the synthetic records are). */
export function txt(owner: string, value: string): string {
  const chunks: string[] = [];
  for (let at = 0; at < value.length || chunks.length === 0; at += 255)
    chunks.push(value.slice(at, at + 255));
  const quoted = chunks.map((chunk) => `"${chunk.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return `${owner}. TXT ${quoted.join(' ')}`;
}

export function record(owner: string, type: 'MX' | 'A' | 'CNAME', data: string): string {
  return `${owner}. ${type} ${data}`;
}

/** The head of a zone file: default TTL 300, SOA with a 60 s negative TTL, one NS. */
export function zoneHead(origin: string): string {
  return [
    `$ORIGIN ${origin}.`,
    '$TTL 300',
    `@ 3600 IN SOA ns.${origin}. hostmaster.${origin}. 1 7200 3600 1209600 60`,
    `@ NS ns.${origin}.`,
    `ns.${origin}. A 127.0.0.1`,
    '',
  ].join('\n');
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return (entries.at(-1) as [K, number])[0];
}
