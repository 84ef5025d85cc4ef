/**
 * For tests: a certificate authority of their own, made with the openssl CLI in a temporary folder,
 * and server certificates it issues (or that sign themselves), so TLS clients are tested with the
 * trust store they would use in production, only smaller: `ca` is the whole of it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCertificate {
  /** PEM. */
  key: string;
  /** PEM: the server's certificate, then the CA's (the chain a server sends). */
  cert: string;
}

export interface TestCa {
  /** PEM of the CA certificate: the trust store to give clients. */
  ca: string;
  /** A certificate for `names` (DNS names or IP addresses), signed by this CA unless `selfSigned`. */
  issue(names: string[], options?: { selfSigned?: boolean; days?: number }): Promise<TestCertificate>;
  remove(): Promise<void>;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** In a fresh temporary folder; `remove()` deletes it. */
export async function createTestCa(): Promise<TestCa> {
  const dir = await mkdtemp(join(tmpdir(), 'kensa-test-ca-'));
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir, timeout: 60_000 });
  await openssl(
    'req',
    '-x509',
    ...EC_KEY,
    '-days',
    '7',
    '-subj',
    '/CN=Kensa test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
  );
  const ca = await readFile(join(dir, 'ca.crt'), 'utf8');
  let serial = 0;

  async function issue(names: string[], options: { selfSigned?: boolean; days?: number } = {}) {
    const id = `server-${++serial}`;
    const san = names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
    await writeFile(join(dir, `${id}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
    const days = String(options.days ?? 7);
    const subject = `/CN=${names[0] ?? 'localhost'}`;
    if (options.selfSigned) {
      await openssl(
        'req',
        '-x509',
        ...EC_KEY,
        '-days',
        days,
        '-subj',
        subject,
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        `${id}.key`,
        '-out',
        `${id}.crt`,
      );
    } else {
      await openssl('req', ...EC_KEY, '-subj', subject, '-keyout', `${id}.key`, '-out', `${id}.csr`);
      await openssl(
        'x509',
        '-req',
        '-in',
        `${id}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-set_serial',
        String(serial),
        '-days',
        days,
        '-extfile',
        `${id}.ext`,
        '-out',
        `${id}.crt`,
      );
    }
    const cert = await readFile(join(dir, `${id}.crt`), 'utf8');
    return {
      key: await readFile(join(dir, `${id}.key`), 'utf8'),
      cert: options.selfSigned ? cert : `${cert}${ca}`,
    };
  }

  return { ca, issue, remove: () => rm(dir, { recursive: true, force: true }) };
}
