import { readVersionedTagRecord } from '../versioned-tag-record';

export const TLS_RPT_VERSION = 'TLSRPTv1';

export interface TlsRptRecord {
  /** The `rua` URIs as published (valid or not). */
  rua: string[];
  errors: string[];
}

/** RFC 8460 §3: a report URI is "mailto:" an address, or "https:" a URL. */
function uriProblem(uri: string): string | null {
  if (!URL.canParse(uri)) return `rua "${uri}" is not a URI`;
  const url = new URL(uri);
  if (url.protocol === 'mailto:')
    return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? null : `rua "${uri}" has no address`;
  if (url.protocol === 'https:') return null;
  return `rua "${uri}" is neither mailto: nor https:`;
}

/** Reads one `_smtp._tls` TXT record that begins with "v=TLSRPTv1" (RFC 8460 §3). Pure. */
export function parseTlsRptRecord(text: string): TlsRptRecord {
  const { tags, errors } = readVersionedTagRecord(text, TLS_RPT_VERSION);
  const value = tags.get('rua');
  // tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
  const rua = value === undefined ? [] : value.split(',').map((uri) => uri.trim());
  if (value === undefined) errors.push('no "rua=" field');
  for (const uri of rua) {
    const problem = uri === '' ? 'an empty rua URI' : uriProblem(uri);
    if (problem) errors.push(problem);
  }
  return { rua, errors };
}
