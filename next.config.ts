import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or Node-only modules stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'bullmq', 'ioredis', 'dns-packet'],
  poweredByHeader: false,
  // The demo and tests serve on 127.0.0.1; next dev refuses hot reload to origins not listed.
  allowedDevOrigins: ['127.0.0.1'],
  // The import page takes CSV/XLSX uploads of up to 10 MB (about 200,000 rows) through a server action.
  experimental: { serverActions: { bodySizeLimit: '10mb' } },
  typedRoutes: false,
  // scripts/test.sh builds with this set and runs `tsc --noEmit` right after over the same tsconfig
  // (plus the tests and the route types the build writes): checking twice cost ~30 s of the suite.
  // Every other build checks types itself.
  typescript: { ignoreBuildErrors: process.env.KENSA_BUILD_WITHOUT_TYPECHECK === '1' },
  async headers() {
    // DNS data shown on pages is attacker-controlled: a strict CSP is the second line of defence
    // behind React's escaping (no inline script may run that we did not emit). It carries a nonce
    // per response, so proxy.ts sets it (with HSTS), not these static headers.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
      {
        // Public status pages (app/status/[token]): the token in the path must not leak as a Referer,
        // and search engines must not list them; none may be cached by a shared cache either.
        source: '/status/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow, noarchive' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ];
  },
};

export default nextConfig;
