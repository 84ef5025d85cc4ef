import { checkDomainSpec } from './domain-spec';
import { parseIpv4, parseIpv6 } from './ip-address';
import { parseMacroString, quoteChar } from './macro-string';
import type { MechanismKind, Qualifier, SpfMechanism, SpfModifier, SpfTerm } from './spf-types';

export type TermResult = { ok: true; term: SpfTerm } | { ok: false; error: string };
type Position = { text: string; index: number; position: number };
type Arguments = Pick<SpfMechanism, 'domainSpec' | 'network' | 'cidr4' | 'cidr6'>;
type ArgumentResult = { ok: true; args: Arguments } | { ok: false; error: string };

// RFC 7208 §12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
const MODIFIER = /^([a-z][a-z0-9\-_.]*)=(.*)$/is;
const MECHANISM = /^([+\-~?]?)([a-z][a-z0-9]*)(.*)$/is;
// dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ], matched at the end of the term.
const DUAL_CIDR = /(?:\/(\d+))?(?:\/\/(\d+))?$/;
const KINDS = new Set<string>(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
const NO_ARGS: Arguments = { domainSpec: null, network: null, cidr4: 32, cidr6: 128 };

/** Parses one term of an SPF record (RFC 7208 §4.6.1, §12) into a mechanism or a modifier. */
export function parseTerm(at: Position): TermResult {
  const bad = [...at.text].find((ch) => ch.charCodeAt(0) < 0x21 || ch.charCodeAt(0) > 0x7e);
  if (bad !== undefined)
    return { ok: false, error: `invalid character ${quoteChar(bad)} (only visible ASCII)` };
  const modifier = MODIFIER.exec(at.text);
  if (modifier) return parseModifier(at, (modifier[1] ?? '').toLowerCase(), modifier[2] ?? '');
  const mechanism = MECHANISM.exec(at.text);
  const kind = (mechanism?.[2] ?? '').toLowerCase();
  if (!mechanism || !KINDS.has(kind)) {
    const what = at.text.includes('=') ? 'invalid modifier name' : 'unknown mechanism';
    return { ok: false, error: what };
  }
  const args = parseArguments(kind as MechanismKind, mechanism[3] ?? '');
  if (!args.ok) return args;
  const written = mechanism[1] ?? '';
  const term: SpfMechanism = {
    ...at,
    type: 'mechanism',
    kind: kind as MechanismKind,
    qualifier: (written || '+') as Qualifier,
    explicitQualifier: written !== '',
    ...args.args,
  };
  return { ok: true, term };
}

function parseModifier(at: Position, name: string, value: string): TermResult {
  const term: SpfModifier = { ...at, type: 'modifier', name, value };
  // §6.1, §6.2: redirect and exp take a domain-spec; an empty one is an error (RFC 7208 erratum 5227).
  if (name === 'redirect' || name === 'exp') {
    const error = checkDomainSpec(value);
    return error ? { ok: false, error: `${name}=: ${error}` } : { ok: true, term };
  }
  // §6: unknown-modifier = name "=" macro-string
  const parsed = parseMacroString(value, { exp: false });
  return parsed.ok ? { ok: true, term } : { ok: false, error: parsed.error };
}

function parseArguments(kind: MechanismKind, rest: string): ArgumentResult {
  switch (kind) {
    case 'all':
      return rest === '' ? { ok: true, args: NO_ARGS } : { ok: false, error: '"all" takes no argument' };
    case 'include':
    case 'exists':
      return rest.startsWith(':')
        ? target(rest.slice(1))
        : { ok: false, error: `"${kind}" requires ":domain"` };
    case 'ptr':
      if (rest === '') return { ok: true, args: NO_ARGS };
      return rest.startsWith(':')
        ? target(rest.slice(1))
        : { ok: false, error: '"ptr" takes only ":domain"' };
    case 'a':
    case 'mx':
      return addressTarget(rest);
    case 'ip4':
    case 'ip6':
      return network(kind, rest);
  }
}

function target(spec: string): ArgumentResult {
  const error = checkDomainSpec(spec);
  return error ? { ok: false, error } : { ok: true, args: { ...NO_ARGS, domainSpec: spec } };
}

// A / MX = name [ ":" domain-spec ] [ dual-cidr-length ] (§5.3, §5.4)
function addressTarget(rest: string): ArgumentResult {
  const cidr = DUAL_CIDR.exec(rest);
  const head = rest.slice(0, cidr?.index ?? rest.length);
  const cidr4 = prefix(cidr?.[1], 32, 'ip4');
  const cidr6 = prefix(cidr?.[2], 128, 'ip6');
  if (typeof cidr4 === 'string') return { ok: false, error: cidr4 };
  if (typeof cidr6 === 'string') return { ok: false, error: cidr6 };
  if (head === '') return { ok: true, args: { ...NO_ARGS, cidr4, cidr6 } };
  if (!head.startsWith(':')) return { ok: false, error: 'expected ":domain" or a CIDR length' };
  const spec = target(head.slice(1));
  return spec.ok ? { ok: true, args: { ...spec.args, cidr4, cidr6 } } : spec;
}

// IP4 = "ip4" ":" ip4-network [ ip4-cidr-length ]; IP6 likewise (§5.6)
function network(kind: 'ip4' | 'ip6', rest: string): ArgumentResult {
  if (!rest.startsWith(':')) return { ok: false, error: `"${kind}" requires ":address"` };
  const [address = '', length, ...extra] = rest.slice(1).split('/');
  if (extra.length > 0) return { ok: false, error: `"${kind}" takes a single CIDR length` };
  const bytes = kind === 'ip4' ? parseIpv4(address) : parseIpv6(address);
  if (!bytes) return { ok: false, error: `invalid ${kind === 'ip4' ? 'IPv4' : 'IPv6'} address` };
  const max = kind === 'ip4' ? 32 : 128;
  if (length !== undefined && !/^\d+$/.test(length))
    return { ok: false, error: `invalid CIDR length '/${length}'` };
  const bits = prefix(length, max, kind);
  if (typeof bits === 'string') return { ok: false, error: bits };
  return {
    ok: true,
    args: {
      ...NO_ARGS,
      network: bytes,
      cidr4: kind === 'ip4' ? bits : 32,
      cidr6: kind === 'ip6' ? bits : 128,
    },
  };
}

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6-cidr-length likewise up to 128: no leading zeros.
function prefix(digits: string | undefined, max: number, family: string): number | string {
  if (digits === undefined) return max;
  if (digits.length > 1 && digits.startsWith('0'))
    return `${family} CIDR length '/${digits}' has a leading zero`;
  const value = Number(digits);
  return value > max ? `${family} CIDR length /${value} is greater than ${max}` : value;
}
