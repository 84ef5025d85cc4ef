import pg from 'pg';
import { assertLocalDatabase } from './local-database-guard';

/** A pg client on the browser tests' own database (refused unless local), for setting up and checking. */
export async function e2eDb(): Promise<pg.Client> {
  assertLocalDatabase(process.env.DATABASE_URL);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}
