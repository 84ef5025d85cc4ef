/**
 * For SSO tests: a real OpenID provider (oidc-provider) on a loopback port, with a client for
 * Kensa and a second one, accounts whose claims the test chooses, and a browser-like driver that
 * signs in through the provider's own login form and comes back with the redirect to Kensa.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** Claims of one account at the provider (its id is the `sub`). */
export type TestAccountClaims = Record<string, unknown>;

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestOidcProvider {
  issuer: string;
  kensa: TestClient;
  other: TestClient;
  accounts: Map<string, TestAccountClaims>;
  /** Follows the authorization URL as a fresh browser, signs in as `accountId`, returns where the provider redirects back to. */
  authorize(authorizationUrl: URL | string, accountId: string): Promise<URL>;
  /** A genuine ID token from a whole code flow of one of the clients, with the nonce given. */
  idToken(client: 'kensa' | 'other', accountId: string, nonce: string): Promise<string>;
  /** The next token response carries this ID token instead of its own (a token substituted on the way). */
  substituteNextIdToken(idToken: string): void;
  close(): Promise<void>;
}

export interface TestOidcProviderOptions {
  /** Kensa's redirect URI. */
  redirectUri: string;
  /** ID token lifetime in seconds (default 60). */
  idTokenTtlSeconds?: number;
  /** The host in the issuer; "localhost" makes an issuer that 127.0.0.1 does not match. */
  host?: string;
}

/** Starts a provider on 127.0.0.1 at a free port. */
export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccountClaims>();
  const kensa = {
    clientId: 'kensa',
    clientSecret: randomBytes(16).toString('hex'),
    redirectUri: options.redirectUri,
  };
  const other = {
    clientId: 'other-app',
    clientSecret: randomBytes(16).toString('hex'),
    redirectUri: 'http://other.test/cb',
  };
  const provider = new Provider(issuer, await providerConfiguration(accounts, [kensa, other], options));
  let substitute: string | null = null;
  provider.use(async (context, next) => {
    await next();
    const body = context.body as { id_token?: string } | undefined;
    if (substitute && context.path === '/token' && body?.id_token) {
      context.body = { ...body, id_token: substitute };
      substitute = null;
    }
  });
  server.on('request', provider.callback());
  return {
    issuer,
    kensa,
    other,
    accounts,
    authorize: (url, accountId) => authorizeAs(new URL(url), accountId),
    idToken: (client, accountId, nonce) => idTokenOf(issuer, { kensa, other }[client], accountId, nonce),
    substituteNextIdToken: (idToken) => {
      substitute = idToken;
    },
    close: () => closeServer(server),
  };
}

async function providerConfiguration(
  accounts: Map<string, TestAccountClaims>,
  clients: TestClient[],
  options: TestOidcProviderOptions,
): Promise<Record<string, unknown>> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'test-key' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    ttl: {
      IdToken: options.idTokenTtlSeconds ?? 60,
      AccessToken: 600,
      Grant: 600,
      Interaction: 600,
      Session: 600,
    },
    // Claims in the ID token itself (Kensa reads only the ID token), released with these scopes.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'groups', 'roles', 'realm_access'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    findAccount: (_context: unknown, sub: string) => {
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: () => ({ sub, ...claims }) };
    },
    // First-party clients: every scope asked for is granted without a consent screen.
    loadExistingGrant: async (context: GrantContext) => {
      const grant = new context.oidc.provider.Grant({
        accountId: context.oidc.session.accountId,
        clientId: context.oidc.client.clientId,
      });
      grant.addOIDCScope(context.oidc.params.scope);
      await grant.save();
      return grant;
    },
  };
}

interface GrantContext {
  oidc: {
    provider: Provider;
    session: { accountId: string };
    client: { clientId: string };
    params: { scope: string };
  };
}

/** A browser with its own cookie jar: follows redirects, fills in the login form, stops at the redirect back to a client. */
async function authorizeAs(start: URL, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin !== start.origin) return url; // back at the client
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action)
      throw new Error(`the provider answered ${response.status} without a form: ${html.slice(0, 500)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url);
    body = new URLSearchParams({ prompt: 'login', login: accountId, password: 'any' });
  }
  throw new Error('the provider redirected too often');
}

async function idTokenOf(
  issuer: string,
  client: TestClient,
  accountId: string,
  nonce: string,
): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const authorization = new URL('/auth', issuer);
  authorization.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    nonce,
    state: 'other-state',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const back = await authorizeAs(authorization, accountId);
  const response = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: client.redirectUri,
      code_verifier: verifier,
    }),
  });
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error(`no ID token for ${client.clientId}: ${JSON.stringify(tokens)}`);
  return tokens.id_token;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
