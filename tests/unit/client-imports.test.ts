// The browser's scripts bundle only what they need: a value import that reaches the pipeline's
// lexicons (JSON), Node or a package other than chart.js puts the build's own code and word lists
// in every reader's download (an import of one helper from aggregate.ts once added 15 KB gzip of
// lexicon to each indicator page).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const BROWSER_PACKAGES = new Set(['chart.js']);

/** The specifiers a module's code imports as values (not `import type`), static and dynamic. */
function valueImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?\s+from\s+['"]([^'"]+)['"]/gm)) if (!m[1]) found.push(m[2]!);
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Every client <script> of the site's components, layouts and pages, as the code it holds. */
function clientScripts(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
  for (const name of files) {
    const file = join(ROOT, 'src', name);
    // Processed scripts only: an is:inline or JSON-LD script is not bundled.
    for (const m of readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) out.push({ file, code: m[1]! });
  }
  return out;
}

/** What a browser script reaches: project files, and the bare specifiers (packages, node:) they import. */
function reach(entries: { file: string; code: string }[]): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const { file, code } = queue.pop()!;
    for (const spec of valueImports(code)) {
      if (!spec.startsWith('.')) {
        bare.add(spec);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (files.has(target)) continue;
      files.add(target);
      if (/\.(ts|js)$/.test(target)) queue.push({ file: target, code: readFileSync(target, 'utf8') });
    }
  }
  return { files, bare };
}

describe('browser scripts', () => {
  it('find the imports of a module, not its type imports', () => {
    expect(valueImports("import type { A } from './a.ts';\nimport { b, type C } from './b.ts';\nimport './c.ts';\nvoid import('./d.ts');")).toEqual(['./b.ts', './c.ts', './d.ts']);
  });

  it('reach no lexicon, no Node module and no package but chart.js', () => {
    const scripts = clientScripts();
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const { files, bare } = reach(scripts);
    // The chart script is reached (through the indicator page's deferred import), so the walk covers it.
    expect([...files].map((f) => relative(ROOT, f))).toContain('src/scripts/indicator-chart.ts');
    expect([...files].filter((f) => !/\.(ts|js)$/.test(f)).map((f) => relative(ROOT, f))).toEqual([]);
    expect([...bare].filter((s) => !BROWSER_PACKAGES.has(s))).toEqual([]);
  });
});
