/**
 * For authorization tests: a fingerprint of everything a call could write, so a test can say "this
 * refused call changed nothing" without knowing what the call would have touched. Triggers on every
 * table count each row inserted, updated or deleted (and each TRUNCATE) into one counter row, in the
 * writer's own transaction, so a write rolled back is not counted. Reading the counter is one cheap
 * query; hashing every table's rows before and after each of the matrices' ~3,000 calls took half
 * their time. A counter is the stricter witness: it also sees a write undone by a later one, or a
 * row rewritten with its own values. Sessions and API tokens are left out (using one stamps it).
 * Only for scratch databases: it adds a table, a function and triggers to the schema.
 */
import type { PrismaClient } from '@/generated/prisma/client';

const COUNTER = 'authz_write_count';

/** A function that returns the database's current fingerprint (the triggers are installed once). */
export async function tableDigest(db: PrismaClient): Promise<() => Promise<string>> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'sessions', 'api_tokens')`;
  await db.$executeRawUnsafe(`CREATE TABLE ${COUNTER} (writes bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO ${COUNTER} VALUES (0)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION ${COUNTER}_add() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE ${COUNTER} SET writes = writes + 1;
      RETURN NULL;
    END $$`);
  for (const { name } of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${COUNTER}_rows AFTER INSERT OR UPDATE OR DELETE ON "${name}"
       FOR EACH ROW EXECUTE FUNCTION ${COUNTER}_add()`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${COUNTER}_truncate AFTER TRUNCATE ON "${name}"
       FOR EACH STATEMENT EXECUTE FUNCTION ${COUNTER}_add()`,
    );
  }
  return async () => {
    const [row] = await db.$queryRawUnsafe<Array<{ writes: bigint }>>(`SELECT writes FROM ${COUNTER}`);
    return String(row?.writes);
  };
}
