import { localDateTime } from './local-date-time';

/** `kensa-domains-20261128-1906.csv`: the name and when, on the users' clock, so downloads sort. */
export function exportFilename(name: string, extension: string, now: Date = new Date()): string {
  const stamp = localDateTime(now).replace(/[-:]/g, '').replace(' ', '-').slice(0, 13);
  return `kensa-${name}-${stamp}.${extension}`;
}

/**
 * The download header. `name` is ASCII (a domain's A-label at most) yet is still reduced to safe
 * characters, since a header value must not carry quotes or line breaks.
 */
export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
