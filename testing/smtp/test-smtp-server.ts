/**
 * For tests: an SMTP server (smtp-server) listening on one loopback address, offering STARTTLS with
 * the given certificate or not at all, to be probed as an MX host is. It accepts no mail.
 */
import { SMTPServer } from 'smtp-server';
import type { TestCertificate } from '../tls/test-ca';

export interface TestSmtpServer {
  stop(): Promise<void>;
}

export async function startTestSmtpServer(options: {
  address: string;
  port: number;
  /** Offer STARTTLS with this certificate; absent: STARTTLS is not offered. */
  tls?: TestCertificate;
  /** Passed to the TLS context, e.g. { maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' }. */
  tlsOptions?: { maxVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2'; ciphers?: string };
}): Promise<TestSmtpServer> {
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert, ...options.tlsOptions } : {}),
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback(new Error('this test server accepts no mail')));
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
