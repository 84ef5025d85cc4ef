/**
 * The zone files and Knot configuration of the DNSSEC fixture (signed-dns.ts): one signed parent, the
 * trust anchor, delegating to children that are signed with a matching DS (secure), signed with a DS
 * that matches no key (bogus, RFC 4035 §5), or unsigned without DS (insecure: the parent's signed
 * NSEC proves there is no DS, RFC 4035 §5.2).
 */
import { join } from 'node:path';
import { zoneFile } from '../knot/temp-knot';

export type ChildKind = 'secure' | 'insecure' | 'bogus';

export interface SignedDnsSpec {
  /** The signed parent zone the resolver trusts; its own records (e.g. "@ MX 10 mx"). */
  anchor: { name: string; records: string };
  /** Zones delegated from the anchor: each name must end in `.<anchor>`. */
  children: { name: string; kind: ChildKind; records: string }[];
}

/** The parent's zone file: its records, and NS (plus each DS line given) for every child. */
export function anchorZone(spec: SignedDnsSpec, dsLines: string[], serial: number): string {
  const delegations = spec.children.map((child) => `${child.name}. NS ns.${spec.anchor.name}.`);
  const records = [spec.anchor.records.trim(), 'ns A 127.0.0.1', ...delegations, ...dsLines];
  return zoneFile(spec.anchor.name, records.join('\n'), serial);
}

export function childZone(spec: SignedDnsSpec, child: SignedDnsSpec['children'][number]): string {
  // The child's NS names the parent's server, as a hosting provider's would.
  return zoneFile(child.name, child.records, 1).replace(
    `@ NS ns.${child.name}.`,
    `@ NS ns.${spec.anchor.name}.`,
  );
}

/** Knot signs the anchor and every secure or bogus child itself (automatic signing, one ECDSA key pair each). */
export function signingKnotConf(spec: SignedDnsSpec, dir: string, port: number): string {
  const signed = (name: string) => [
    `  - domain: ${name}.`,
    '    dnssec-signing: on',
    '    dnssec-policy: test',
  ];
  const zones = [
    ...signed(spec.anchor.name),
    ...spec.children.flatMap((child) =>
      child.kind === 'insecure' ? [`  - domain: ${child.name}.`] : signed(child.name),
    ),
  ];
  return `${[
    'server:',
    `    rundir: "${join(dir, 'run')}"`,
    `    listen: 127.0.0.1@${port}`,
    'log:',
    '  - target: stderr',
    '    any: info',
    'database:',
    `    storage: "${join(dir, 'db')}"`,
    'policy:',
    '  - id: test',
    '    algorithm: ecdsap256sha256',
    '    nsec3: off',
    'template:',
    '  - id: default',
    `    storage: "${join(dir, 'zones')}"`,
    '    file: "%s.zone"',
    '    semantic-checks: off',
    '    zonefile-sync: -1',
    '    journal-content: none',
    'zone:',
    ...zones,
  ].join('\n')}\n`;
}

/** Zones Unbound resolves through another server, unvalidated: the demo's fixture Knot for `test`. */
export interface PassThrough {
  zones: string[];
  server: { host: string; port: number };
}

/**
 * Reverse zones of the documentation ranges (RFC 5737, RFC 3849), which Unbound answers NXDOMAIN
 * itself by default: refused instead, as Knot answers every name it does not serve (the demo's DMARC
 * report sources are there; their reverse DNS stays "unknown" as with Knot alone).
 */
const DOCUMENTATION_REVERSE_ZONES = [
  '2.0.192.in-addr.arpa',
  '100.51.198.in-addr.arpa',
  '113.0.203.in-addr.arpa',
  '8.b.d.0.1.0.0.2.ip6.arpa',
];

/**
 * Unbound validating with the anchor's key, asking Knot directly for the anchor and every child (and
 * `passThrough`'s server for its zones). Every other name is refused at once, as an authoritative
 * server refuses it: offline, a recursive resolver would instead try the root servers and time out.
 */
export function unboundConf(options: {
  spec: SignedDnsSpec;
  dir: string;
  port: number;
  knotPort: number;
  trustAnchor: string;
  passThrough?: PassThrough | undefined;
}): string {
  const { spec, dir, port, knotPort, passThrough } = options;
  const knotAt = `127.0.0.1@${knotPort}`;
  const zones = [spec.anchor.name, ...spec.children.map((child) => child.name)].map((name) => [name, knotAt]);
  if (passThrough) {
    const at = `${passThrough.server.host}@${passThrough.server.port}`;
    zones.push(...passThrough.zones.map((name) => [name, at]));
  }
  const stubs = zones.flatMap(([name, address]) => [
    'stub-zone:',
    `  name: "${name}"`,
    `  stub-addr: ${address}`,
  ]);
  return `${[
    'server:',
    '  interface: 127.0.0.1',
    `  port: ${port}`,
    '  do-daemonize: no',
    '  username: ""',
    '  chroot: ""',
    `  directory: "${dir}"`,
    `  pidfile: "${join(dir, 'unbound.pid')}"`,
    `  logfile: "${join(dir, 'unbound.log')}"`,
    '  use-syslog: no',
    '  do-ip6: no',
    // The fixture's servers are on loopback.
    '  do-not-query-localhost: no',
    '  local-zone: "." refuse',
    // transparent: resolved through its stub, also under `test.`, which Unbound otherwise answers
    // NXDOMAIN itself (RFC 6761 §6.2).
    ...zones.map(([name]) => `  local-zone: "${name}." transparent`),
    ...DOCUMENTATION_REVERSE_ZONES.map((zone) => `  local-zone: "${zone}." refuse`),
    '  module-config: "validator iterator"',
    `  trust-anchor: "${options.trustAnchor}"`,
    '  val-log-level: 2',
    'remote-control:',
    '  control-enable: no',
    ...stubs,
  ].join('\n')}\n`;
}
