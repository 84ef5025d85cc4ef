/**
 * A test CA made with Debian's openssl CLI (already needed for the IMAP fixture): the product
 * verifies every certificate, and tests trust this CA through configuration, never by turning
 * verification off. EC P-256 keys are quick to make on a loaded machine.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export interface TestCertificate {
  key: string;
  cert: string;
}

export interface TestCa {
  dir: string;
  /** The CA certificate (PEM), to trust. */
  caPem: string;
  /**
   * A server certificate for `names` (DNS names or IP addresses). `days: -1` makes one whose
   * notAfter is a day in the past: expired (openssl x509 accepts no earlier end).
   */
  issue(file: string, names: string[], days: number): Promise<TestCertificate>;
}

/** A fresh CA in `dir`, valid a week. */
export async function createTestCa(dir: string): Promise<TestCa> {
  await mkdir(dir, { recursive: true });
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir, timeout: 60_000 });
  await openssl(
    'req',
    '-x509',
    ...KEY,
    '-days',
    '7',
    '-subj',
    '/CN=Kensa test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
  );
  return {
    dir,
    caPem: await readFile(join(dir, 'ca.crt'), 'utf8'),
    async issue(file, names, days) {
      const san = names.map((name) => (/^[\d.]+$/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
      await openssl(
        'req',
        ...KEY,
        '-subj',
        `/CN=${names[0]}`,
        '-keyout',
        `${file}.key`,
        '-out',
        `${file}.csr`,
      );
      await writeFile(join(dir, `${file}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
      await openssl(
        'x509',
        '-req',
        '-in',
        `${file}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        String(days),
        '-extfile',
        `${file}.ext`,
        '-out',
        `${file}.crt`,
      );
      const [key, cert] = await Promise.all([
        readFile(join(dir, `${file}.key`), 'utf8'),
        readFile(join(dir, `${file}.crt`), 'utf8'),
      ]);
      return { key, cert };
    },
  };
}
