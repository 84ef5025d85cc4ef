import { reservedAddressKind } from '@/audit/net/reserved-address';
import { isAllowed, type WebhookAllowList } from '@/lib/alerts/webhook-allow-list';

/**
 * The STARTTLS probe's address rule, the webhook guard's: an MX host's loopback, private,
 * link-local or other reserved address is refused unless a network holding it is in
 * KENSA_SMTP_PROBE_ALLOW, so a domain cannot point Kensa's port-25 connections at its own network.
 */
export function smtpProbeRefusal(allow: WebhookAllowList): (address: string) => string | null {
  return (address) => {
    const kind = reservedAddressKind(address);
    if (!kind || isAllowed(allow, address, address)) return null;
    return `refused: a ${kind} address (not in KENSA_SMTP_PROBE_ALLOW)`;
  };
}
