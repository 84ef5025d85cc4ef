import { SPF_LIMITS } from './lookup-limits';
import type { SpfMechanism, SpfModifier, SpfNote } from './spf-types';

const encoder = new TextEncoder();

/**
 * Publishing problems of a record that evaluation tolerates: its size (RFC 7208 §3.4), the ptr
 * mechanism (§5.5), how it ends (§5.1, §4.7) and what "all" makes unreachable (§5.1, §6.1).
 */
export function spfNotes(
  record: string,
  mechanisms: SpfMechanism[],
  redirect: SpfModifier | null,
): SpfNote[] {
  const notes: SpfNote[] = [];
  const octets = encoder.encode(record).length;
  if (octets > SPF_LIMITS.recordOctets) {
    notes.push({
      code: 'record-too-long',
      detail: `${octets} octets; keep SPF records within ${SPF_LIMITS.recordOctets}`,
    });
  }
  for (const ptr of mechanisms.filter((m) => m.kind === 'ptr')) {
    notes.push({
      code: 'ptr-mechanism',
      term: ptr.text,
      detail: 'ptr is slow and unreliable; it SHOULD NOT be used',
    });
  }
  const allIndex = mechanisms.findIndex((m) => m.kind === 'all');
  const all = mechanisms[allIndex];
  if (all) {
    notes.push(...allNotes(all));
    for (const after of mechanisms.slice(allIndex + 1)) {
      notes.push({
        code: 'terms-after-all',
        term: after.text,
        detail: `'${after.text}' comes after '${all.text}' and is never evaluated`,
      });
    }
    if (redirect) {
      notes.push({
        code: 'redirect-with-all',
        term: redirect.text,
        detail: `'${redirect.text}' is ignored because of '${all.text}'`,
      });
    }
  } else if (!redirect) {
    notes.push({
      code: 'neutral-all',
      detail: 'no "all" and no redirect=: the record ends neutral (RFC 7208 §4.7)',
    });
  }
  return notes;
}

function allNotes(all: SpfMechanism): SpfNote[] {
  switch (all.qualifier) {
    case '+':
      return [
        { code: 'plus-all', term: all.text, detail: `'${all.text}' authorizes every host on the Internet` },
      ];
    case '?':
      return [
        { code: 'neutral-all', term: all.text, detail: `'${all.text}' states nothing about other hosts` },
      ];
    case '~':
      return [
        {
          code: 'softfail-all',
          term: all.text,
          detail: `'${all.text}' asks receivers to accept but mark other hosts`,
        },
      ];
    case '-':
      return [];
  }
}
