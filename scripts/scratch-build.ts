/**
 * A build of the site from another content folder, in a project folder of its own. Astro keeps
 * scratch state beside the project (`.astro/` with the content modules, the cache, the output),
 * so two builds in one checkout would read each other's; each scratch project has its own, shares
 * only node_modules (read-only) and is removed whole afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

export interface ScratchProject {
  /** The project folder. */
  dir: string;
  /** Its content folder, empty until the caller fills it. */
  content: string;
  /** Where its build writes the site. */
  dist: string;
  /** Runs `astro build` there; the exit status and everything it printed. */
  build(env?: Record<string, string>): Promise<{ status: number | null; output: string }>;
  /** Removes the whole folder. */
  remove(): void;
}

export function scratchProject(name: string): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), `nq36-${name}-`));
  for (const file of PROJECT_FILES) cpSync(join(root, file), join(dir, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const content = join(dir, 'content');
  mkdirSync(content);
  const dist = join(dir, 'dist');
  return {
    dir,
    content,
    dist,
    build(env = {}) {
      const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NQ36_CONTENT_DIR: content,
          NQ36_OUT_DIR: dist,
          NQ36_CACHE_DIR: join(dir, 'cache'),
          ...env,
        },
      });
      const output: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      return new Promise((done, fail) => {
        child.on('error', fail);
        child.on('close', (status) => done({ status, output: Buffer.concat(output).toString('utf8') }));
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
