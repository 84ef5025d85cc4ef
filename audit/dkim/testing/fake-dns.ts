import { createMemoryResolver, type MemoryZone } from '../../dns/memory-resolver';
import type { Resolver } from '../../dns/types';

/** The `name value` lines of Mail::DKIM's t/FAKE_DNS.dat (comments and blank lines dropped). */
export function parseFakeDns(text: string): Array<{ name: string; value: string }> {
  return text.split('\n').flatMap((line) => {
    const match = /^(\S+)\s+(.*)$/.exec(line);
    return match && !line.startsWith('#') ? [{ name: match[1] ?? '', value: match[2] ?? '' }] : [];
  });
}

/** A resolver serving FAKE_DNS.dat: NXDOMAIN, timeout and SERVFAIL lines become those outcomes. */
export function zoneFromFakeDns(text: string): Resolver {
  const zone: MemoryZone = {};
  for (const { name, value } of parseFakeDns(text)) {
    if (value === 'NXDOMAIN') continue;
    if (value === '~~Query timed out~~') zone[name] = { fail: 'timeout' };
    else if (value === '~~SERVFAIL~~') zone[name] = { fail: 'servfail' };
    else zone[name] = { TXT: [[value === '""' ? '' : value]] };
  }
  return createMemoryResolver(zone);
}
