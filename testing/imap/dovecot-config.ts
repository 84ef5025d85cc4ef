/**
 * The files of a fixture Dovecot IMAP server kept in one state folder: its configuration, a test
 * CA and a server certificate made at start (the product verifies certificates; tests trust this CA
 * through configuration, never by turning verification off), the passwd-file of users and their
 * Maildirs. Unprivileged: as root, Dovecot's own `dovecot`/`dovenull` users run it and own the mail.
 */
import { execFile } from 'node:child_process';
import { chown, mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestCa } from '../tls/test-ca';

const run = promisify(execFile);

export interface DovecotFiles {
  stateDir: string;
  confPath: string;
  logPath: string;
  pidPath: string;
  caPath: string;
  /** One passwd-file per user (a new file is read at once; a grown one may be read a second late). */
  usersDir: string;
  mailDir: string;
}

export function dovecotFiles(stateDir: string): DovecotFiles {
  const dir = resolve(stateDir);
  return {
    stateDir: dir,
    confPath: join(dir, 'dovecot.conf'),
    logPath: join(dir, 'dovecot.log'),
    // Dovecot writes master.pid into base_dir.
    pidPath: join(dir, 'run', 'master.pid'),
    caPath: join(dir, 'tls', 'ca.crt'),
    usersDir: join(dir, 'users'),
    mailDir: join(dir, 'mail'),
  };
}

/** Implicit TLS (RFC 8314 §3) on `port`, STARTTLS (RFC 3501 §6.2.1) on `port + 1`. */
export async function writeDovecotConf(files: DovecotFiles, port: number): Promise<void> {
  const dir = files.stateDir;
  await mkdir(join(dir, 'run'), { recursive: true });
  await mkdir(files.mailDir, { recursive: true });
  await makeTestCertificates(join(dir, 'tls'));
  await mkdir(files.usersDir, { recursive: true });
  const root = process.getuid?.() === 0;
  const me = userInfo().username;
  const myGroup = root ? 'dovecot' : (await run('id', ['-gn'])).stdout.trim();
  if (root) await run('chown', ['dovecot:dovecot', files.mailDir]);
  else await chown(files.mailDir, userInfo().uid, userInfo().gid);
  await writeFile(
    files.confPath,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = kensa-dovecot-${port}
log_path = ${files.logPath}
protocols = imap
listen = 127.0.0.1
default_internal_user = ${root ? 'dovecot' : me}
default_internal_group = ${myGroup}
default_login_user = ${root ? 'dovenull' : me}
ssl = required
ssl_cert = <${dir}/tls/server.crt
ssl_key = <${dir}/tls/server.key
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${files.usersDir}/%u
}
userdb {
  driver = static
  args = uid=${root ? 'dovecot' : me} gid=${myGroup} home=${files.mailDir}/%u
}
mail_location = maildir:~/Maildir
# The mail user is Dovecot's own (or ours): an ordinary system uid, below the default limit of 500.
first_valid_uid = 1
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imaps {
    port = ${port}
    ssl = yes
  }
  inet_listener imap {
    port = ${port + 1}
  }
}
`,
  );
}

/** A fresh CA and a certificate for `localhost`/127.0.0.1 it signs, valid for a few days. */
async function makeTestCertificates(dir: string): Promise<void> {
  const ca = await createTestCa(dir);
  await ca.issue('server', ['localhost', '127.0.0.1'], 7); // writes server.key and server.crt
}
