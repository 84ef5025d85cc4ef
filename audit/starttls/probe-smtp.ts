/**
 * One STARTTLS probe (RFC 3207): connect to an MX host's address, read the greeting, EHLO, look for
 * STARTTLS, and if offered, complete a TLS handshake and read what the server presented. Sends QUIT
 * and never a MAIL command. The whole conversation has one deadline.
 */
import { connect, type Socket } from 'node:net';
import {
  checkServerIdentity,
  type DetailedPeerCertificate,
  type TLSSocket,
  connect as tlsConnect,
} from 'node:tls';
import { type SmtpReply, SmtpReplyReader } from './smtp-reply-reader';
import type { StarttlsOutcome } from './types';

export interface SmtpProbeTarget {
  /** The MX host name: TLS server name and the name the certificate must hold. */
  host: string;
  address: string;
  port: number;
  timeoutMs: number;
  /** Our EHLO name (RFC 5321 §4.1.1.1). */
  ehloName: string;
  /** Trust store for `trusted`; default Node's bundled CAs. */
  ca?: string | undefined;
}

export interface SmtpProbeResult {
  outcome: Exclude<StarttlsOutcome, 'not-probed'>;
  detail?: string;
  tlsVersion?: string;
  /** DER, the server's certificate first: for DANE matching. */
  chain?: Buffer[];
  certificate?: { nameMatches: boolean; trusted: boolean; notAfter: string };
}

export function probeSmtp(target: SmtpProbeTarget): Promise<SmtpProbeResult> {
  return new Promise((resolve) => {
    const sockets: Socket[] = [];
    let settled = false;
    const finish = (result: SmtpProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Only the outermost: a TLS socket ends the one it wraps, and destroying the wrapped socket
      // under a live TLS socket crashed the process (SIGSEGV, Node 20).
      sockets.at(-1)?.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ outcome: 'timeout', detail: `no answer within ${target.timeoutMs} ms` }),
      target.timeoutMs,
    );
    const plain = connect({ host: target.address, port: target.port });
    sockets.push(plain);
    plain.on('error', (error) => finish({ outcome: 'connect-failed', detail: error.message }));
    plain.on('close', () => finish({ outcome: 'connect-failed', detail: 'connection closed' }));
    plain.once('connect', () => {
      converse(plain, target, sockets).then(finish, (error: Error) =>
        finish({ outcome: 'connect-failed', detail: error.message }),
      );
    });
  });
}

async function converse(plain: Socket, target: SmtpProbeTarget, sockets: Socket[]): Promise<SmtpProbeResult> {
  const reader = new SmtpReplyReader(plain);
  const greeting = await reader.next();
  // RFC 5321 §3.1: a 554 greeting refuses the session; like any non-220, it says nothing of TLS.
  if (greeting.code !== 220) return { outcome: 'connect-failed', detail: `greeting ${replyText(greeting)}` };
  plain.write(`EHLO ${target.ehloName}\r\n`);
  const ehlo = await reader.next();
  if (ehlo.code !== 250) return { outcome: 'connect-failed', detail: `EHLO answered ${replyText(ehlo)}` };
  if (!ehlo.lines.slice(1).some((line) => /^STARTTLS\b/i.test(line))) {
    plain.write('QUIT\r\n');
    return { outcome: 'no-starttls' };
  }
  plain.write('STARTTLS\r\n');
  const ready = await reader.next();
  if (ready.code !== 220) return { outcome: 'tls-failed', detail: `STARTTLS answered ${replyText(ready)}` };
  reader.detach();
  plain.removeAllListeners('close');
  return handshake(plain, target, sockets);
}

function handshake(plain: Socket, target: SmtpProbeTarget, sockets: Socket[]): Promise<SmtpProbeResult> {
  return new Promise((resolve) => {
    const secure: TLSSocket = tlsConnect({
      socket: plain,
      servername: target.host,
      ...(target.ca === undefined ? {} : { ca: target.ca }),
      // Read what is served, judge it after: an untrusted or misnamed certificate is a finding.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      // Old servers must still complete, so their TLS 1.0/1.1 can be reported (RFC 8996).
      minVersion: 'TLSv1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
    });
    sockets.push(secure);
    secure.on('error', (error) => resolve({ outcome: 'tls-failed', detail: error.message }));
    secure.on('close', () => resolve({ outcome: 'tls-failed', detail: 'closed during the TLS handshake' }));
    secure.once('secureConnect', () => {
      const peer = secure.getPeerCertificate(true);
      secure.write('QUIT\r\n');
      resolve({
        outcome: 'tls',
        tlsVersion: secure.getProtocol() ?? 'unknown',
        chain: chainOf(peer),
        certificate: {
          nameMatches: checkServerIdentity(target.host, peer) === undefined,
          trusted: secure.authorized,
          notAfter: new Date(peer.valid_to).toISOString(),
        },
      });
    });
  });
}

/** The presented chain, the server's certificate first, ending where an issuer repeats. */
function chainOf(peer: DetailedPeerCertificate): Buffer[] {
  const chain: Buffer[] = [];
  for (let cert = peer; cert?.raw && chain.length < 10; cert = cert.issuerCertificate) {
    if (chain.some((seen) => seen.equals(cert.raw))) break;
    chain.push(cert.raw);
  }
  return chain;
}

function replyText(reply: SmtpReply): string {
  return `${reply.code} ${(reply.lines[0] ?? '').slice(0, 80)}`;
}
