/** For tests: an HTTP server on 127.0.0.1 answering each path as its script says, keeping every call. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  /** `${url}/flaky` etc. */
  url: string;
  calls: ReceivedCall[];
  stop(): Promise<void>;
}

/**
 * `statuses[path]` lists the status of each call to it in turn; the last one repeats. A 3xx
 * redirects to /ok; 0 never answers (until the server stops).
 */
export async function startWebhookReceiver(statuses: Record<string, number[]>): Promise<WebhookReceiver> {
  const calls: ReceivedCall[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const seen = calls.filter((c) => c.path === path).length;
      calls.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const script = statuses[path] ?? [404];
      const status = script[Math.min(seen, script.length - 1)] ?? 404;
      if (status === 0) return;
      response.statusCode = status;
      if (status >= 300 && status < 400) response.setHeader('Location', '/ok');
      response.end(status < 300 ? 'ok' : 'try later');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
