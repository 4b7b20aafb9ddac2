import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident memory of a process and the processes it started, from /proc (Linux). */
export function rssOf(pid: number): number {
  // The app and any process it started (Next may fork workers).
  const pids = [pid];
  try {
    pids.push(
      ...execFileSync('pgrep', ['-P', String(pid)])
        .toString()
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    // no children
  }
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
