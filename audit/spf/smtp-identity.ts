import type { CheckHostInput } from './check-host';

/**
 * The check_host() arguments for one SMTP transaction: the MAIL FROM identity, or
 * postmaster@<HELO> when MAIL FROM is empty (RFC 7208 §2.3, §2.4). The names are passed on as the
 * client sent them: a malformed one is not refused here, check_host() answers "none" (§4.3).
 */
export function smtpIdentity(ip: string, mailFrom: string, helo: string): CheckHostInput {
  const sender = mailFrom || `postmaster@${helo}`;
  return { ip, domain: sender.slice(sender.lastIndexOf('@') + 1), sender, helo };
}
