import { describe, expect, it } from 'vitest';
import { createCachingResolver } from './caching-resolver';
import { createCountingResolver } from './counting-resolver';
import { createMemoryResolver } from './memory-resolver';

const zone = createMemoryResolver({ 'x.test': { TXT: [['v=spf1 -all']] }, 'down.test': { fail: 'timeout' } });

describe('createCountingResolver', () => {
  it('counts and logs every logical query, also those the cache answers', async () => {
    const cache = createCachingResolver(zone, { maxEntries: 10, maxTtlSeconds: 60 });
    const perDomain = createCountingResolver(cache);
    await perDomain.resolver.query('X.test', 'TXT');
    await perDomain.resolver.query('x.test', 'TXT');
    await perDomain.resolver.query('down.test', 'MX');
    expect(perDomain.count()).toBe(3);
    expect(perDomain.log()).toEqual([
      { name: 'x.test', type: 'TXT', outcome: 'answer' },
      { name: 'x.test', type: 'TXT', outcome: 'answer' },
      { name: 'down.test', type: 'MX', outcome: 'timeout' },
    ]);
  });
});
