/**
 * Apply an import plan to the content folder without losing edits. A manifest
 * (`.import-manifest.json`) records the hash of every file the importer wrote; a file whose hash
 * no longer matches was edited by someone and is kept unless `force` is set.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedFile } from './plan.ts';

export const MANIFEST = '.import-manifest.json';

export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept-edited' | 'overwritten-edited';

export interface WriteResult {
  path: string;
  outcome: WriteOutcome;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readManifest(dir: string): Record<string, string> {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); fix or delete it`);
  }
}

/** What writing `file` would do, given what is on disk and in the manifest. */
export function decide(current: string | undefined, next: string, recorded: string | undefined, force: boolean): WriteOutcome {
  if (current === undefined) return 'created';
  if (current === next) return 'unchanged';
  if (recorded !== undefined && sha256(current) === recorded) return 'updated';
  return force ? 'overwritten-edited' : 'kept-edited';
}

/** Write planned files under `dir` (unless `dryRun`), never replacing an edited file unless `force`. */
export function applyPlan(dir: string, files: readonly PlannedFile[], options: { dryRun: boolean; force: boolean }): WriteResult[] {
  const manifest = readManifest(dir);
  const results: WriteResult[] = [];
  for (const file of files) {
    const target = join(dir, file.path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    const outcome = decide(current, file.content, manifest[file.path], options.force);
    results.push({ path: file.path, outcome });
    if (outcome === 'kept-edited' || options.dryRun) continue;
    if (outcome !== 'unchanged') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    manifest[file.path] = sha256(file.content);
  }
  if (!options.dryRun) {
    const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
    const text = `${JSON.stringify(sorted, null, 2)}\n`;
    const path = join(dir, MANIFEST);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  return results;
}
