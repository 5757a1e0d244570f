// Resident memory of a process, from /proc (Linux): VmRSS now and VmHWM, the kernel's own peak.
// A sampler also keeps the highest VmRSS seen, so a phase's peak can be told from the process's.
import { readFileSync } from 'node:fs';

export function memoryMiB(pid: number | 'self' = 'self'): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

export interface RssSampler {
  /** Highest VmRSS sampled since start, MiB. */
  peak(): number;
  stop(): { peakMiB: number; hwmMiB: number };
}

export function sampleRss(pid: number | 'self' = 'self', everyMs = 100): RssSampler {
  let peak = 0;
  let hwm = 0;
  const take = () => {
    try {
      const m = memoryMiB(pid);
      peak = Math.max(peak, m.rss);
      hwm = m.hwm;
    } catch {
      /* the process has exited */
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    peak: () => peak,
    stop: () => {
      take();
      clearInterval(timer);
      return { peakMiB: Math.round(peak), hwmMiB: Math.round(hwm) };
    },
  };
}
