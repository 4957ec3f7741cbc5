/**
 * For the benchmark only: when NQ36_BUILD_STATS names a file, writes the build's peak memory
 * (VmHWM of this process, read from /proc at the very end of the build) there as JSON.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';

export default function buildStats(): AstroIntegration {
  return {
    name: 'nq36-build-stats',
    hooks: {
      'astro:build:done': async () => {
        const target = process.env.NQ36_BUILD_STATS;
        if (!target) return;
        const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
        const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        await writeFile(target, JSON.stringify({ peakRssBytes: peakKb * 1024 }));
      },
    },
  };
}
