import type { IpAddress } from './ip-address';
import type { SpfLookups } from './lookup-limits';
import { macroLetters, parseMacroString } from './macro-string';
import { expandMacros, type MacroContext } from './macros';
import { validatedNameFor } from './ptr-names';
import type { RecordSelector } from './select-spf-record';
import type { SpfFailure } from './spf-types';
import { toTargetName } from './target-name';

/** The state of one check_host() evaluation, shared by its include/redirect recursion. */
export interface Evaluation {
  dns: SpfLookups;
  ip: IpAddress;
  /** Macro values that do not change while recursing; d and p are filled per use. */
  macros: Omit<MacroContext, 'domain' | 'validatedName'>;
  selectRecord: RecordSelector;
  /** Evaluates include:<target> (RFC 7208 §5.2): true on pass, false on fail/softfail/neutral. */
  include(target: string): Promise<boolean | SpfFailure>;
  trace: string[];
}

/**
 * The <target-name> of a term (RFC 7208 §4.8): the current domain when no domain-spec is given,
 * else its macro expansion. Null when the expansion is no usable DNS name.
 */
export async function expandTarget(
  ev: Evaluation,
  spec: string | null,
  domain: string,
): Promise<string | null | SpfFailure> {
  if (spec === null) return domain.toLowerCase();
  const context = await macroContext(ev, spec, domain);
  const expanded = expandMacros(spec, context, { exp: false });
  if (!expanded.ok) return { result: 'permerror', reason: expanded.error };
  return toTargetName(expanded.value);
}

/** The macro context for expanding `spec` within `domain`, resolving %{p} only when it is used. */
export async function macroContext(ev: Evaluation, spec: string, domain: string): Promise<MacroContext> {
  const parsed = parseMacroString(spec, { exp: true });
  const usesP = parsed.ok && macroLetters(parsed.tokens).has('p');
  const validatedName = usesP ? await validatedNameFor(ev.dns, ev.ip, domain) : undefined;
  return { ...ev.macros, domain, validatedName };
}
