/**
 * One query over TCP (RFC 7766), used when a UDP reply comes back truncated: each message is preceded
 * by its length in two octets (RFC 1035 §4.2.2). One connection per query, closed after the reply.
 */
import { connect } from 'node:net';
import { decodeReply } from './decode-reply';
import type { ServerAddress } from './servers';
import type { RRType } from './types';
import { encodeQuery, isReplyTo, newQuery, type TryResult } from './wire-message';

export function queryOverTcp(
  server: ServerAddress,
  name: string,
  type: RRType,
  timeoutMs: number,
  checkingDisabled = false,
) {
  return new Promise<TryResult>((resolve) => {
    const query = newQuery(name, type, undefined, checkingDisabled);
    const message = encodeQuery(query);
    const framed = Buffer.concat([lengthPrefix(message.length), message]);
    let received = Buffer.alloc(0);
    const socket = connect({ host: server.host, port: server.port });
    const finish = (result: TryResult) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, timedOut: true, detail: `no TCP reply within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.on('connect', () => socket.write(framed));
    socket.on('error', (error) => finish({ ok: false, timedOut: false, detail: `TCP: ${error.message}` }));
    socket.on('close', () =>
      finish({ ok: false, timedOut: false, detail: 'TCP connection closed before a reply' }),
    );
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2 || received.length < 2 + received.readUInt16BE(0)) return;
      const decoded = decodeReply(received.subarray(2, 2 + received.readUInt16BE(0)));
      if (!decoded.ok)
        return finish({ ok: false, timedOut: false, detail: `malformed TCP reply: ${decoded.error}` });
      finish(
        isReplyTo(decoded.reply, query)
          ? { ok: true, reply: decoded.reply }
          : { ok: false, timedOut: false, detail: 'TCP reply does not match the query' },
      );
    });
  });
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(length);
  return prefix;
}
