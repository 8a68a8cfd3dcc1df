import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Write a content-addressed file unless it exists: under a name unique to this process and thread,
 * then renamed, so a reader never sees half a file and two writers (the build's threads, parallel
 * builds) never share a partial file. Returns the file.
 */
export function writeOnce(file: string, bytes: Uint8Array): string {
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return file;
}
