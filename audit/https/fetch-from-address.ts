import { request } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { readHttpsResponse } from './read-https-response';
import type { HttpsOutcome, HttpsRequest } from './types';

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

export interface AttemptSettings {
  port: number;
  ca?: string | string[] | undefined;
  /** Time to establish the TCP connection; past it the address is unreachable. */
  connectTimeoutMs: number;
  /** Time left for the whole attempt, connection to last byte. */
  timeoutMs: number;
  /** The whole fetch's limit, as the reader knows it (KENSA_MTA_STS_TIMEOUT_MS), for the message. */
  limitMs: number;
}

/** One address's answer, or 'unreachable': no TCP connection could be made, so the next address may be tried. */
export type AttemptOutcome = HttpsOutcome | { outcome: 'unreachable'; detail: string };

/** GET `target` from one address, the certificate verified for `target.host`. */
export function fetchFromAddress(
  address: string,
  target: HttpsRequest,
  settings: AttemptSettings,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
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
    const where = `${target.host} (${address})`;
    const connectTimer = setTimeout(
      () =>
        finish({
          outcome: 'unreachable',
          detail: `${where}: no connection within ${Math.round(settings.connectTimeoutMs)} ms`,
        }),
      settings.connectTimeoutMs,
    );
    const timer = setTimeout(
      () =>
        finish({
          outcome: 'temporary',
          detail: `no complete answer within ${settings.limitMs} ms`,
          dns: [],
        }),
      settings.timeoutMs,
    );
    req.on('socket', (socket) =>
      socket.once('connect', () => {
        connected = true;
        clearTimeout(connectTimer);
      }),
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && CERTIFICATE_ERRORS.has(error.code))
        finish({ outcome: 'failed', failure: 'certificate', detail: `${target.host}: ${error.message}` });
      else {
        const detail = `${where}: ${error.code ?? error.message}`;
        finish(connected ? { outcome: 'temporary', detail, dns: [] } : { outcome: 'unreachable', detail });
      }
    });
    req.on('response', (response) => readHttpsResponse(response, target, finish));
    req.end();
  });
}
