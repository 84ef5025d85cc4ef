/**
 * The Node/V8 flags a worker process runs with; package.json's `worker` script, the demo, `npm test`
 * and the scale bench (its workers and its bare engine) pass the same (worker-node-flags.test.ts
 * keeps them equal), and so do the tests' workers.
 *
 * A scan allocates short-lived objects at a high rate (DNS messages, parsed records, reports) that
 * live for one domain's audit, i.e. across many scavenges at 64 audits in flight. With V8's default
 * 16 MiB semi-space, whatever is still in use at its second scavenge is promoted, then marked and
 * compacted in the old generation; with 64 MiB more of it dies young. Measured on the bare engine
 * (docs/scale.md, 7 December, second machine):
 * 15–25% fewer CPU ms per domain, for at most 3 × 64 MiB more young generation per worker.
 */
export const WORKER_NODE_FLAGS = ['--max-semi-space-size=64'] as const;
