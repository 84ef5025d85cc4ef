import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { checkHost } from '../spf/check-host';
import { loadOpenSpfSuite, suiteInput } from '../spf/testing/openspf-suite';
import { selectSenderIdRecord } from './select-sender-id-record';

// The RFC 4406 suite (2006.11) tests record selection for the mfrom scope (RFC 4406 §4.4); its
// records are then evaluated with SPF's check_host(), as RFC 4406 §4 prescribes.
const suite = loadOpenSpfSuite('spf/rfc4406-tests.yml');
if (!suite) console.warn('rfc4406-tests.yml not found under ../shared/corpora/spf: Sender ID suite skipped');

describe.skipIf(!suite)('RFC 4406 (Sender ID) suite, mfrom scope', () => {
  for (const scenario of suite ?? []) {
    for (const test of scenario.tests) {
      it(`${test.name} (§${test.spec})`, async () => {
        const selectRecord = (texts: string[]) => selectSenderIdRecord(texts, 'mfrom');
        const outcome = await checkHost(suiteInput(test), createMemoryResolver(scenario.zone), {
          selectRecord,
        });
        expect(test.results, outcome.trace.join('\n')).toContain(outcome.result);
      });
    }
  }
});
