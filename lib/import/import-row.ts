import { z } from 'zod';
import { normalizeDomain } from '@/audit/domain-name';

export const IMPORT_COLUMNS = ['domain', 'groups', 'tags', 'parked', 'selectors', 'notes'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header names accepted for each column (lower-cased), Japanese spreadsheets included. */
export const COLUMN_ALIASES: Record<string, ImportColumn> = {
  domain: 'domain',
  domains: 'domain',
  ドメイン: 'domain',
  groups: 'groups',
  group: 'groups',
  グループ: 'groups',
  tags: 'tags',
  tag: 'tags',
  タグ: 'tags',
  parked: 'parked',
  パーク: 'parked',
  selectors: 'selectors',
  selector: 'selectors',
  セレクタ: 'selectors',
  notes: 'notes',
  note: 'notes',
  メモ: 'notes',
};

const list = (itemMax: number, listMax: number, item: z.ZodType<string, string> = z.string()) =>
  z
    .string()
    .max(10_000)
    .transform((value) => [
      ...new Set(
        value
          .split(/[;|]/)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(item.pipe(z.string().max(itemMax, `longer than ${itemMax} characters`)))
        .max(listMax, `more than ${listMax} values`),
    );

const TRUE = new Set(['true', 'yes', 'y', '1', 'はい', '○']);
const FALSE = new Set(['false', 'no', 'n', '0', 'いいえ', '×', '']);

/** RFC 6376 §3.1: a selector is dot-separated sub-domain labels. */
export const dkimSelector = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(
    z.string().regex(/^[a-z0-9](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_-]{1,63})*$/, 'is not a valid DKIM selector'),
  );

/** One row of an import file after validation; absent columns stay undefined (not changed on update). */
export const importRow = z.object({
  domain: z
    .string()
    .max(1000, 'domain is too long')
    .transform((value, ctx) => {
      const name = normalizeDomain(value);
      if (!name.ok) {
        ctx.addIssue({ code: 'custom', message: name.error });
        return z.NEVER;
      }
      return { ascii: name.ascii, unicode: name.unicode };
    }),
  groups: list(100, 50).optional(),
  tags: list(64, 50).optional(),
  parked: z
    .string()
    .transform((value, ctx) => {
      const v = value.trim().toLowerCase();
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      ctx.addIssue({ code: 'custom', message: 'must be true or false' });
      return z.NEVER;
    })
    .optional(),
  selectors: list(253, 50, dkimSelector).optional(),
  notes: z.string().max(2000, 'notes are longer than 2000 characters').optional(),
});

export type ImportRow = z.output<typeof importRow>;
