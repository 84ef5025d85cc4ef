import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { checkHost } from './check-host';
import { loadOpenSpfSuite, suiteInput } from './testing/openspf-suite';

// The OpenSPF test suite for RFC 7208 (release 2014.04 + 2019.08 additions): every test, no skips.
const suite = loadOpenSpfSuite('spf/rfc7208-tests.yml');
if (!suite)
  console.warn('rfc7208-tests.yml not found under ../shared/corpora/spf: OpenSPF RFC 7208 suite skipped');

describe.skipIf(!suite)('OpenSPF RFC 7208 suite', () => {
  for (const scenario of suite ?? []) {
    describe(scenario.description, () => {
      for (const test of scenario.tests) {
        it(`${test.name} (§${test.spec})`, async () => {
          const outcome = await checkHost(suiteInput(test), createMemoryResolver(scenario.zone));
          expect(test.results, outcome.trace.join('\n')).toContain(outcome.result);
          // "DEFAULT" stands for the implementation's own text: we give none.
          if (test.explanation !== undefined) expect(outcome.explanation ?? 'DEFAULT').toBe(test.explanation);
        });
      }
    });
  }
});
