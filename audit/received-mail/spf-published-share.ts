/**
 * Share of messages (or sender domains) whose sender publishes SPF, as receivers saw it (issue 13's
 * contract): SPF result other than none and temperror ÷ other than temperror — a temporary error
 * tells nothing either way (RFC 7208 §2.6.6) — rounded half up to 4 decimals; null when every one
 * was temperror (or there were none). `spf` holds counts per normalised result; `total` their sum.
 * The CLI's periods and the dashboard's series both use it.
 */
export function spfPublishedShare(spf: Readonly<Record<string, number>>, total: number): number | null {
  const judged = total - (spf.temperror ?? 0);
  const published = judged - (spf.none ?? 0);
  return judged <= 0 ? null : Math.round((published / judged) * 10_000) / 10_000;
}
