import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import type { Resolver } from '../dns/types';
import { resolveFetchAddress } from './resolve-fetch-address';
import type { HttpsFailure, HttpsFetcher, HttpsOutcome, HttpsRequest } from './types';

export interface HttpsFetcherOptions {
  /** Port connected to (default 443); tests use a loopback server's. */
  port?: number;
  /** Trusted CA certificates in PEM; default: Node's bundled and system CAs. */
  ca?: string | string[];
  /** Whole fetch, connection to last byte (default 10 s): a slow server is unknown, never "missing". */
  timeoutMs?: number;
  /** Addresses exempt from the non-public refusal; default none (tests allow loopback). */
  allowAddress?: (address: string) => boolean;
}

// OpenSSL's verification errors as Node reports them: the certificate, not the network, is at fault.
const CERTIFICATE_ERRORS = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'INVALID_CA',
  'CERT_CHAIN_TOO_LONG',
]);

const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The one HTTPS client of the audits: connects only to the address the audited DNS gives for the
 * URL's host (refusing non-public ones), sends and verifies that name (SNI, certificate), follows
 * no redirect (RFC 8461 §3.3), reads at most `maxBytes`, and gives up after `timeoutMs` in all.
 */
export function createHttpsFetcher(options: HttpsFetcherOptions = {}): HttpsFetcher {
  const settings = { port: 443, timeoutMs: 10_000, allowAddress: () => false, ...options };
  return {
    async get(target: HttpsRequest, resolver: Resolver): Promise<HttpsOutcome> {
      const choice = await resolveFetchAddress(target.host, resolver, settings.allowAddress);
      if (choice.outcome !== 'address') return choice;
      return fetchFrom(choice.address, target, settings);
    },
  };
}

type Settings = Required<Omit<HttpsFetcherOptions, 'ca'>> & Pick<HttpsFetcherOptions, 'ca'>;

function fetchFrom(address: string, target: HttpsRequest, settings: Settings): Promise<HttpsOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: HttpsOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const temporary = (detail: string) => finish({ outcome: 'temporary', detail, dns: [] });
    const req = request({
      host: address,
      port: settings.port,
      path: target.path,
      method: 'GET',
      servername: target.host,
      headers: {
        host: target.host,
        'user-agent': 'Kensa (mail authentication audit)',
        accept: target.mediaType ?? '*/*',
      },
      agent: false,
      ...(settings.ca === undefined ? {} : { ca: settings.ca }),
      rejectUnauthorized: true,
      // The connection goes to an address; the certificate must still name the URL's host.
      checkServerIdentity: (_host: string, cert: PeerCertificate) => checkServerIdentity(target.host, cert),
    });
    const timer = setTimeout(
      () => temporary(`no complete answer within ${settings.timeoutMs} ms`),
      settings.timeoutMs,
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && CERTIFICATE_ERRORS.has(error.code))
        finish({ outcome: 'failed', failure: 'certificate', detail: `${target.host}: ${error.message}` });
      else temporary(`${target.host} (${address}): ${error.code ?? error.message}`);
    });
    req.on('response', (response) => readResponse(response, target, finish, temporary));
    req.end();
  });
}

/** What the status line and headers alone decide (RFC 8461 §3.3: no redirect, text/plain), or null to read the body. */
function judgeHeaders(response: IncomingMessage, target: HttpsRequest): HttpsOutcome | null {
  const status = response.statusCode ?? 0;
  const failed = (failure: HttpsFailure, detail: string): HttpsOutcome => ({
    outcome: 'failed',
    failure,
    detail,
  });
  if (status >= 300 && status < 400)
    return failed(
      'redirect',
      `HTTP ${status} to ${String(response.headers.location ?? '(no Location)').slice(0, 200)}`,
    );
  // A server error may pass; a 4xx says the file is not there.
  if (status >= 500) return { outcome: 'temporary', detail: `HTTP ${status}`, dns: [] };
  if (status !== 200) return failed('status', `HTTP ${status}`);
  const type = mediaTypeOf(response.headers['content-type']);
  if (target.mediaType !== undefined && type !== target.mediaType)
    return failed('content-type', `Content-Type "${type.slice(0, 100)}", not ${target.mediaType}`);
  if (Number(response.headers['content-length'] ?? 0) > target.maxBytes)
    return failed('too-large', tooLargeDetail(target));
  return null;
}

const tooLargeDetail = (target: HttpsRequest) => `more than ${target.maxBytes} bytes`;

function readResponse(
  response: IncomingMessage,
  target: HttpsRequest,
  finish: (outcome: HttpsOutcome) => void,
  temporary: (detail: string) => void,
): void {
  const verdict = judgeHeaders(response, target);
  if (verdict) {
    finish(verdict);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > target.maxBytes)
      finish({ outcome: 'failed', failure: 'too-large', detail: tooLargeDetail(target) });
    else chunks.push(chunk);
  });
  response.on('end', () => finish({ outcome: 'ok', body: Buffer.concat(chunks) }));
  response.on('error', (error) => temporary(`reading the body: ${error.message}`));
}
