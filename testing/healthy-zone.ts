/** For tests: a memory zone of one well-run domain that each test then breaks in its own way. */
import type { MemoryZone } from '@/audit/dns/memory-resolver';

export const KEY_A = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
export const KEY_B = '5i0cwB62VsXFStKi4gsjnH0skUgMmmVsMwIYo9uTUVY=';

/** example.test with SPF -all, DMARC p=reject, an Ed25519 key at s1 and one MX host. */
export function healthyZone(overrides: MemoryZone = {}): MemoryZone {
  return {
    'example.test': {
      TXT: [['v=spf1 ip4:192.0.2.0/24 -all']],
      MX: [{ preference: 10, exchange: 'mx.example.test' }],
    },
    'mx.example.test': { A: ['192.0.2.25'] },
    '_dmarc.example.test': { TXT: [['v=DMARC1; p=reject; rua=mailto:d@example.test']] },
    's1._domainkey.example.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
    ...overrides,
  };
}
