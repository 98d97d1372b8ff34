import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** WeChat's limits: the main package and each subpackage. */
export const MAIN_PACKAGE_LIMIT = 700 * 1024; // our own budget; WeChat allows 2 MB
export const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

export interface PackageSize {
  /** `main`, or the subpackage root (packages/mediator …). */
  name: string;
  bytes: number;
  files: number;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return nested.flat();
}

/**
 * Bytes per package of a weapp build, as WeChat counts them: every file under a subpackage root
 * belongs to it, everything else to the main package (project.config.json is not uploaded).
 */
export async function weappPackageSizes(distDir: string): Promise<PackageSize[]> {
  const app = JSON.parse(await readFile(path.join(distDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = new Map<string, PackageSize>([['main', { name: 'main', bytes: 0, files: 0 }], ...roots.map((r) => [r, { name: r, bytes: 0, files: 0 }] as const)]);
  for (const file of await walk(distDir)) {
    const relative = path.relative(distDir, file).split(path.sep).join('/');
    if (relative === 'project.config.json' || relative === 'project.private.config.json') continue;
    const owner = roots.find((r) => relative.startsWith(`${r}/`)) ?? 'main';
    const entry = sizes.get(owner) as PackageSize;
    entry.bytes += (await stat(file)).size;
    entry.files += 1;
  }
  return [...sizes.values()];
}
