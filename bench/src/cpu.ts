/** A server process's own CPU time (Linux /proc), per request served. */
import { readFileSync } from 'node:fs';

/** User + system CPU seconds of a process so far, or null. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Starts counting `pid`'s CPU time; `perRequest(n)` is the milliseconds it
 * spent since, per each of `n` requests (two decimals), or null.
 */
export function cpuMeter(pid: number | undefined) {
  const before = pid ? cpuSeconds(pid) : null;
  return {
    perRequest(requests: number): number | null {
      const after = pid ? cpuSeconds(pid) : null;
      if (before === null || after === null || requests === 0) return null;
      return Math.round(((after - before) * 1000 * 100) / requests) / 100;
    },
  };
}
