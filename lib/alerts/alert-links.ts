import type { MatchDetail } from './match-detail';

/**
 * Where a match is seen in Kensa: the domain's scorecard, the overview of the scope that fell, the
 * targets of the group behind, or the group's compliance page (publicUrl '' gives a path).
 */
export function matchLink(publicUrl: string, detail: MatchDetail): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (detail.kind === 'target_behind') return `${base}/groups/${detail.groupId}#targets`;
  if (detail.kind === 'adoption_fell')
    return `${base}/overview?scopes=${encodeURIComponent(detail.scope)}&metric=${detail.metric}&granularity=day`;
  if (detail.kind === 'compliance_exception_expired' && detail.domainId === null)
    return `${base}/groups/${detail.groupId}/compliance`;
  if (detail.kind === 'compliance_below') return `${base}/groups/${detail.groupId}/compliance`;
  return `${base}/domains/${detail.domainId}`;
}

/** The delivery's page in Kensa (its payload and every match). */
export function deliveryLink(publicUrl: string, deliveryId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/alerts/deliveries/${deliveryId}`;
}
