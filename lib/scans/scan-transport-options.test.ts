import { describe, expect, it } from 'vitest';
import { createScanTransport } from './scan-transport-options';

const probing = {
  KENSA_DNS_TIMEOUT_MS: 1000,
  KENSA_DNS_TRIES: 1,
  KENSA_DNS_VALIDATING: 'false',
  KENSA_SMTP_PROBE: 'true',
  KENSA_SMTP_PROBE_MAX: 1,
  KENSA_SMTP_PROBE_TIMEOUT_MS: 1000,
  KENSA_SMTP_PROBE_PORT: 25,
  KENSA_SMTP_PROBE_ALLOW: undefined,
} as const;

describe('createScanTransport: the per-run SMTP connection cap', () => {
  it("holds for a run whose chunks come back after other runs' chunks (a retry after backoff)", async () => {
    const transport = await createScanTransport(probing);
    const take = (runId: string) => transport.optionsFor(runId).smtpProbe?.budget.take();
    expect(take('run-a')).toBe(true);
    expect(take('run-a')).toBe(false);
    // A worker with two chunks in flight meets many runs while run-a's failed chunk waits its backoff.
    for (let run = 0; run < 50; run++) expect(take(`run-${run}`)).toBe(true);
    expect(take('run-a')).toBe(false);
    transport.close();
  });
});
