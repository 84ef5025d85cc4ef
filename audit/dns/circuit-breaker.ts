/**
 * One circuit breaker per DNS server, so that a resolver outage ends a scan quickly instead of
 * spending every query's full timeout and retries (issue 12). Closed: queries go out. It opens when
 * `threshold` tries in a row got no reply AND the server has not replied to anything for
 * `silenceMs`: a domain whose own name servers are dead makes its many queries time out together,
 * but the resolver keeps answering other domains meanwhile, so that alone never opens it. Open:
 * queries to that server fail at once, as temporary failures — never as "missing". Every `openMs`
 * the client sends the server a probe of its own (half-open; real queries keep failing at once, so
 * none waits on a dead server); a reply closes the breaker, silence opens it again.
 */
export interface BreakerOptions {
  /** Consecutive unanswered tries that open the breaker. */
  threshold: number;
  /** How long it stays open before a probe is due. */
  openMs: number;
  /** How long the server must have been silent, besides the unanswered tries, for it to open. */
  silenceMs: number;
  /** Milliseconds clock; tests may pass their own. */
  now?: () => number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  /** Whether a query may be sent to the server now. */
  allow(): boolean;
  /** True once per `openMs` while open: the caller sends a probe and reports its outcome. */
  probeDue(): boolean;
  /** The server replied (any RCODE: it is reachable), to a query or to the probe. */
  replied(): void;
  /** A query got no reply: it timed out, or the send itself failed. */
  noReply(): void;
  /** The probe got no reply. */
  probeFailed(): void;
  state(): BreakerState;
}

export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  const { threshold, openMs, silenceMs, now = () => performance.now() } = options;
  let state: BreakerState = 'closed';
  let unanswered = 0;
  let lastReplyAt = now();
  let openUntil = 0;

  const open = () => {
    state = 'open';
    openUntil = now() + openMs;
  };

  return {
    allow: () => state === 'closed',
    probeDue() {
      if (state !== 'open' || now() < openUntil) return false;
      state = 'half-open';
      return true;
    },
    replied() {
      lastReplyAt = now();
      state = 'closed';
      unanswered = 0;
    },
    noReply() {
      // Late timeouts of queries sent before the breaker opened change nothing once it has.
      if (state !== 'closed') return;
      unanswered++;
      if (unanswered >= threshold && now() - lastReplyAt >= silenceMs) open();
    },
    probeFailed() {
      if (state === 'half-open') open();
    },
    state: () => state,
  };
}
