import { createDnsClient, type DnsClient } from '../../audit/dns/dns-client';
import type { SignedDns } from './signed-dns';

/** DNS clients on the fixture's Unbound: plain (AD read) and with CD set, as a validating scan has. */
export function validatingClients(dns: SignedDns): {
  resolver: DnsClient;
  checkingDisabled: DnsClient;
  close(): void;
} {
  const resolver = createDnsClient({ servers: [dns.resolver], timeoutMs: 3000, tries: 1 });
  const checkingDisabled = createDnsClient({
    servers: [dns.resolver],
    timeoutMs: 3000,
    tries: 1,
    checkingDisabled: true,
  });
  return {
    resolver,
    checkingDisabled,
    close() {
      resolver.close();
      checkingDisabled.close();
    },
  };
}
