import { parseArgs } from 'node:util';
import { parseAuthenticationResults } from '../audit/authres/parse-authentication-results';
import type { AuthResField } from '../audit/authres/types';
import { readHeaderFields, wantedFields } from '../audit/received-mail/read-header-fields';
import type { CliIo } from './cli-io';
import { readStdin } from './read-stdin';
import { EXIT } from './usage-error';

export const AUTHRES_USAGE = 'kensa authres [--json] < FIELD-OR-HEADER-BLOCK';

const AUTHRES = wantedFields(['authentication-results']);
const NAMED_FIELD = /^[!-9;-~]+[ \t]*:/;
const AUTHRES_LINE = /^authentication-results[ \t]*:/im;

/**
 * `kensa authres`: parses the Authentication-Results fields on stdin — one field value (folded or
 * not, named or not) or a whole header block — and prints one object per field, or `{ "error" }`
 * for a field that does not parse (still exit 0: a bad field is a finding, not a failure).
 */
export async function authresCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const input = (await readStdin(io.stdin)).replace(/^(\r?\n)+/, '');
  const block = AUTHRES_LINE.test(input) || NAMED_FIELD.test(input);
  const fields = block
    ? readHeaderFields(input, AUTHRES).map((field) => field.value)
    : input.trim()
      ? [input]
      : [];
  const parsed = fields.map((value) => {
    const result = parseAuthenticationResults(value);
    return result.ok ? result.field : { error: result.error };
  });
  io.stdout(values.json ? `${JSON.stringify(parsed, null, 2)}\n` : `${parsed.map(describe).join('\n')}\n`);
  return EXIT.ok;
}

function describe(field: AuthResField | { error: string }): string {
  if ('error' in field) return `unreadable: ${field.error}`;
  const results = field.none ? ['none'] : field.results.map((r) => `${r.method}=${r.normalizedResult}`);
  return `${field.authservId}: ${results.join(' ')}`;
}
