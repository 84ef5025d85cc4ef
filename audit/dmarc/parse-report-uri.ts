/** One report destination of rua=/ruf= (RFC 7489 §6.2: a URI, optionally "!" and a size limit). */
export interface ReportUri {
  /** As published, size suffix included. */
  text: string;
  /** Lower-case scheme, e.g. "mailto". */
  scheme: string;
  /** For mailto: the mail address (percent-decoded); otherwise the rest of the URI. */
  address: string;
  /** Lower-case domain of a mailto address; null for other schemes or no "@". */
  domain: string | null;
  /** e.g. "10m"; null when none. */
  sizeLimit: string | null;
}

export type ReportUriParse = { ok: true; uri: ReportUri } | { ok: false; error: string };

const SCHEME = /^[a-z][a-z0-9+.-]*$/i;
const SIZE = /^(\d+)([kmgt]?)$/i;

/** Parses one DMARC URI; the size suffix follows RFC 7489 §6.2 (RFC 9989 dropped it: "!" must be encoded). */
export function parseReportUri(text: string): ReportUriParse {
  const bang = text.lastIndexOf('!');
  const uri = bang >= 0 ? text.slice(0, bang) : text;
  const size = bang >= 0 ? SIZE.exec(text.slice(bang + 1)) : null;
  if (bang >= 0 && (!size || !Number.isSafeInteger(Number(size[1])))) {
    return { ok: false, error: `"${text}" has a malformed size limit after "!" (digits, then k, m, g or t)` };
  }
  const colon = uri.indexOf(':');
  const scheme = uri.slice(0, Math.max(colon, 0));
  const rest = uri.slice(colon + 1);
  if (colon < 1 || !SCHEME.test(scheme) || rest === '' || /\s/.test(uri)) {
    return { ok: false, error: `"${text}" is not a URI (e.g. mailto:dmarc-reports@example.jp)` };
  }
  const isMailto = scheme.toLowerCase() === 'mailto';
  const address = isMailto ? safeDecode(rest.split('?')[0] ?? '') : rest;
  const at = address.lastIndexOf('@');
  const domain =
    isMailto && at > 0
      ? address
          .slice(at + 1)
          .toLowerCase()
          .replace(/\.$/, '') || null
      : null;
  return {
    ok: true,
    uri: {
      text,
      scheme: scheme.toLowerCase(),
      address,
      domain,
      sizeLimit: size ? text.slice(bang + 1) : null,
    },
  };
}

/** Splits a comma-separated URI list (whitespace around commas allowed, RFC 7489 §6.4). */
export function splitUriList(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
