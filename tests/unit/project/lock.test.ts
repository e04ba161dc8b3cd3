import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { supportsProject } from '../../../scripts/check-node.mjs';

interface LockEntry {
  version?: string;
  link?: boolean;
  integrity?: string;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

/** Entries npm cannot place: no version, no link. npm 9.9 to 11.19 stop on them with "Invalid Version:". */
export function placeholders(packages: Record<string, LockEntry>): string[] {
  return Object.entries(packages)
    .filter(([path, entry]) => path !== '' && !entry.link && !entry.version)
    .map(([path]) => path);
}

describe('package-lock.json installs with any current npm', () => {
  it('is a version 3 lock', () => {
    expect(lock.lockfileVersion).toBe(3);
  });
  it('has no placeholder entry (an entry without a version)', () => {
    expect(placeholders({ 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': {} })).toEqual(['node_modules/b']);
    expect(placeholders(lock.packages)).toEqual([]);
  });
  it('pins every registry package by integrity', () => {
    // `resolved` is left out where npm is set to omit registry addresses (these machines are).
    const loose = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.link && !e.integrity);
    expect(loose.map(([path]) => path)).toEqual([]);
  });
});

describe('package.json engines', () => {
  it('asks for the Node that runs .ts files without flags (22.18) or later', () => {
    expect(pkg.engines.node).toBe('>=22.18.0');
  });
  it('is what the guard in front of the scripts checks', () => {
    expect(['20.20.2', '22.12.0', '22.17.9'].filter(supportsProject)).toEqual([]);
    expect(['22.18.0', '24.21.0', '26.0.0'].every(supportsProject)).toBe(true);
    const passes = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(passes.status).toBe(0);
  });
});
