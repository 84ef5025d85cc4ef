/**
 * CPU time and peak memory of processes, read from /proc (Linux), to say where a scan's time went.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * User + system CPU seconds of one live process: its own, and with `reaped` also that of the
 * children it has waited for (cutime, cstime) — a PostgreSQL backend that exits during a scan
 * leaves its CPU there, in the postmaster's, instead of dropping out of a sum over live processes.
 */
export function cpuSeconds(pid: number, reaped = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // proc(5): fields after "(comm)"; utime, stime, cutime and cstime are the line's 14th–17th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (reaped ? own + Number(fields[13]) + Number(fields[14]) : own) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Peak resident set size in MiB (VmHWM), 0 when the process is gone. */
export function peakRssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** The process and all its live descendants. */
export function processTree(pid: number): number[] {
  const result = [pid];
  for (let i = 0; i < result.length; i++) {
    const current = result[i] as number;
    try {
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) result.push(...children.split(' ').map(Number));
    } catch {
      // gone meanwhile
    }
  }
  return result;
}

/** CPU seconds of a whole process tree (a tsx launcher and the node process it starts). */
export function treeCpuSeconds(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + cpuSeconds(p), 0);
}

/** The largest peak RSS in a process tree, in MiB: the worker itself, not its launcher. */
export function treePeakRssMiB(pid: number): number {
  return Math.max(0, ...processTree(pid).map(peakRssMiB));
}
