/**
 * Sending providers recognised in DMARC aggregate reports, as data: a source is a provider's when
 * its reverse DNS name, or the domain SPF checked for it (the envelope sender, often the provider's
 * bounce domain), is one of these domains or below one. Add a row to recognise another provider.
 */
export interface SendingProvider {
  id: string;
  name: string;
  /** Domains whose names (or subdomains) the provider's servers and bounce addresses use. */
  domains: readonly string[];
}

export const SENDING_PROVIDERS: readonly SendingProvider[] = [
  { id: 'google', name: 'Google', domains: ['google.com', 'googlemail.com', 'googleusercontent.com'] },
  {
    id: 'microsoft',
    name: 'Microsoft 365',
    domains: ['outbound.protection.outlook.com', 'protection.outlook.com', 'outlook.com', 'hotmail.com'],
  },
  { id: 'amazon-ses', name: 'Amazon SES', domains: ['amazonses.com'] },
  { id: 'sendgrid', name: 'SendGrid', domains: ['sendgrid.net', 'sendgrid.com'] },
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    domains: ['mcsv.net', 'mcdlv.net', 'rsgsv.net', 'mailchimp.com', 'mandrillapp.com'],
  },
  { id: 'mailgun', name: 'Mailgun', domains: ['mailgun.net', 'mailgun.org'] },
  { id: 'salesforce', name: 'Salesforce', domains: ['salesforce.com', 'exacttarget.com'] },
  { id: 'zendesk', name: 'Zendesk', domains: ['zendesk.com'] },
  { id: 'sparkpost', name: 'SparkPost', domains: ['sparkpostmail.com'] },
  { id: 'postmark', name: 'Postmark', domains: ['mtasv.net'] },
];

const BY_ID = new Map(SENDING_PROVIDERS.map((provider) => [provider.id, provider]));

/** The provider whose domain `name` is or lies below (label boundaries, so `notgoogle.com` is not Google). */
export function recognizeProvider(name: string | null | undefined): SendingProvider | null {
  if (!name) return null;
  const lower = name.toLowerCase().replace(/\.$/, '');
  for (const provider of SENDING_PROVIDERS) {
    if (provider.domains.some((domain) => lower === domain || lower.endsWith(`.${domain}`))) return provider;
  }
  return null;
}

/** The provider's display name for a stored id; the id itself if the table no longer has it. */
export function providerName(id: string | null): string | null {
  return id === null ? null : (BY_ID.get(id)?.name ?? id);
}
