import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

/** Every variable the validated configuration class reads (libs/config/src/env-vars.ts). */
function configVariables(): string[] {
  const source = readFileSync(join(ROOT, 'libs/config/src/env-vars.ts'), 'utf8');
  return [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+)[?!]?\s*[:=]/gm)].map((m) => m[1]);
}

/**
 * The names in the first cell of each row of the README's configuration table; a cell `PORT_ADMIN` … `PORT_X`
 * stands for every name with that prefix.
 */
function isDocumented(): (variable: string) => boolean {
  const section = README.split(/^## /m).find((s) => s.startsWith('Configuration')) ?? '';
  const cells = [...section.matchAll(/^\|([^|]+)\|/gm)].map((m) => m[1]);
  const names = new Set(cells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1])));
  const prefixes = cells
    .filter((cell) => cell.includes('…'))
    .map((cell) => /`([A-Z]+_)/.exec(cell)?.[1])
    .filter((prefix): prefix is string => !!prefix);
  return (variable) => names.has(variable) || prefixes.some((prefix) => variable.startsWith(prefix));
}

describe('README: a front door that matches the code', () => {
  it('documents every configuration variable libs/config reads', () => {
    const variables = configVariables();
    expect(variables.length).toBeGreaterThan(20);
    const documented = isDocumented();
    expect(variables.filter((v) => !documented(v))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const named = [...README.matchAll(/npm run(?: -s)? ([a-z][\w:-]*)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(3);
    expect([...new Set(named)].filter((name) => !SCRIPTS.includes(name))).toEqual([]);
  });

  it('links only inside the repository (or to the web), and every link resolves', () => {
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const local = targets.filter((t) => !/^https?:\/\//.test(t) && !t.startsWith('#'));
    expect(local.length).toBeGreaterThan(0);
    const outside = local.filter((t) => resolve(ROOT, t.split('#')[0]).indexOf(ROOT) !== 0 || t.startsWith('..'));
    expect(outside).toEqual([]);
    expect(local.filter((t) => !existsSync(join(ROOT, t.split('#')[0])))).toEqual([]);
  });
});
