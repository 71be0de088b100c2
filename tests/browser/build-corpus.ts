// Runs the site build as `npm run build` does (astro build, then scripts/postbuild.ts) into a
// folder of its own, for tests that need a build of another corpus or a second build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const POSTBUILD = join(process.cwd(), 'scripts', 'postbuild.ts');

/**
 * The environment without what Vitest adds to it: Vite reads BASE_URL, MODE, PROD… from the
 * environment too, and a build run with Vitest's values would be a test-mode build.
 */
function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) delete env[key];
  }
  return env;
}

export interface BuildRun {
  /** Exit status of the first step that failed, or 0. */
  status: number | null;
  /** Console output of both steps, without colour codes. */
  output: string;
}

/** Builds into `outDir`; `env` adds or overrides variables (XIBU_SEEDS for another corpus, TZ…). */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildRun {
  return runSteps([[ASTRO, 'build'], [POSTBUILD]], outDir, env);
}

/** Runs the postbuild again over a site built in `outDir` (a copy of one), with `env`. */
export function postbuildSite(outDir: string, env: Record<string, string> = {}): BuildRun {
  return runSteps([[POSTBUILD]], outDir, env);
}

function runSteps(steps: string[][], outDir: string, env: Record<string, string>): BuildRun {
  const environment = buildEnvironment({ ...env, XIBU_OUT_DIR: outDir });
  let output = '';
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, { env: environment, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    output += `${run.stdout ?? ''}\n${run.stderr ?? ''}\n`.replace(/\u001b\[[0-9;]*m/g, '');
    if (run.status !== 0) return { status: run.status, output };
  }
  return { status: 0, output };
}
