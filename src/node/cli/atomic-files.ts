import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  /** Absolute path, or relative to the working directory. */
  path: string;
  text: string;
}

/** The file operations the writer needs, so a test can make one of them fail. */
export interface WriteOperations {
  writeNew(path: string, text: string): void;
  rename(from: string, to: string): void;
  read(path: string): Buffer | undefined;
  remove(path: string): void;
}

export const diskOperations: WriteOperations = {
  writeNew(path, text) {
    // 'wx': the temporary name must not exist; fsync so that the rename never publishes an empty file after a crash.
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
  read(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  remove: (path) => rmSync(path, { force: true }),
};

const temporaryName = (path: string, i: number) => join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now()}-${i}.tmp`);

/**
 * Writes several files all or none. Each is first written whole to a temporary file beside it; only when every one
 * is on disk are they renamed over their targets (a rename is atomic). If a write fails, the temporary files are
 * removed and nothing has changed; if a rename fails, the files already replaced get their old bytes back.
 */
export function writeFilesAtomically(files: readonly FileToWrite[], ops: WriteOperations = diskOperations): void {
  const temporary: string[] = [];
  const cleanUp = () => temporary.forEach((path) => ops.remove(path));
  try {
    files.forEach((file, i) => {
      const path = temporaryName(file.path, i);
      temporary.push(path);
      ops.writeNew(path, file.text);
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  const originals = files.map((file) => ops.read(file.path));
  let renamed = 0;
  try {
    for (; renamed < files.length; renamed++) ops.rename(temporary[renamed], files[renamed].path);
  } catch (error) {
    for (let i = 0; i < renamed; i++) {
      const original = originals[i];
      if (original === undefined) ops.remove(files[i].path);
      else restore(files[i].path, original, ops);
    }
    temporary.slice(renamed).forEach((path) => ops.remove(path));
    throw error;
  }
}

function restore(path: string, bytes: Buffer, ops: WriteOperations) {
  const temporary = `${temporaryName(path, 0)}.restore`;
  ops.writeNew(temporary, bytes.toString('utf8'));
  ops.rename(temporary, path);
}
