// The schema engine's one-shot commands (`cli can-connect-to-database | create-database |
// drop-database`), which the WebAssembly engine lacks: done with pg, failures reported with the
// Prisma error codes the CLI acts on (P1003 makes `migrate dev` offer to create the database).
import pg from 'pg';

/** A failure the CLI shows as `CODE: message`. */
export class PrismaCodedError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function urlParts(url) {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  return {
    database,
    location: `${host}:${parsed.port || '5432'}`,
    user: decodeURIComponent(parsed.username),
  };
}

/** Maps a pg/socket error to the code and wording the native engine uses. */
function toPrismaError(error, url) {
  const { database, location, user } = urlParts(url);
  switch (error.code) {
    case '3D000':
      return new PrismaCodedError(
        'P1003',
        `Database \`${database}\` does not exist on the database server at \`${location}\`.`,
      );
    case '28P01':
    case '28000':
      return new PrismaCodedError(
        'P1000',
        `Authentication failed against database server at \`${location}\`, the provided database credentials for \`${user}\` are not valid.`,
      );
    case '42501':
      return new PrismaCodedError(
        'P1010',
        `User \`${user}\` was denied access on the database \`${database}\``,
      );
    case '42P04':
      return new PrismaCodedError('P1009', `Database \`${database}\` already exists on the database server`);
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new PrismaCodedError(
        'P1001',
        `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      );
    default:
      return new PrismaCodedError('P1000', error.message ?? String(error));
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw error instanceof PrismaCodedError ? error : toPrismaError(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `url` pointing at the maintenance database, to create or drop the one `url` names. */
function maintenanceUrl(url) {
  const parsed = new URL(url);
  parsed.pathname = urlParts(url).database === 'postgres' ? '/template1' : '/postgres';
  return parsed.toString();
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

export function canConnectToDatabase(url) {
  return withClient(url, (client) => client.query('SELECT 1'));
}

/** Creates the database `url` names; returns its name. */
export async function createDatabase(url) {
  const { database } = urlParts(url);
  await withClient(maintenanceUrl(url), async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    } catch (error) {
      throw toPrismaError(error, url);
    }
  });
  return database;
}

export async function dropDatabase(url) {
  const { database } = urlParts(url);
  await withClient(maintenanceUrl(url), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
  );
  return database;
}
