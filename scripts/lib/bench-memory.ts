import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The process ids `pgrep` finds with these arguments (none when it finds nothing). */
function pgrep(args: string[]): number[] {
  try {
    return execFileSync('pgrep', args).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a process and the processes it started, from /proc (Linux). */
export function rssOf(pid: number): number {
  // The app and any process it started (Next may fork workers).
  const pids = [pid, ...pgrep(['-P', String(pid)])];
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

export function sampleRss(pid: number) {
  let max = 0;
  const timer = setInterval(() => (max = Math.max(max, rssOf(pid))), 100);
  return () => {
    clearInterval(timer);
    return Math.max(max, rssOf(pid));
  };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU time of the PostgreSQL server on this machine: its postmaster and every backend. A
 * backend that ends between two readings takes its time with it, so pools must stay open.
 */
export function cpuMsOfPostgres(): number {
  return pgrep(['-f', '^postgres: |bin/postgres ']).reduce((sum, pid) => sum + cpuMsOf(pid), 0);
}

/** CPU (ms) each reader's process used while `task` ran. */
export async function cpuDuring<T>(
  readers: Record<string, () => number>,
  task: () => Promise<T>,
): Promise<{ result: T; cpu: Record<string, number> }> {
  const read = () => Object.fromEntries(Object.entries(readers).map(([k, r]) => [k, r()]));
  const before = read();
  const result = await task();
  const after = read();
  return {
    result,
    cpu: Object.fromEntries(Object.keys(readers).map((k) => [k, after[k]! - before[k]!])),
  };
}
