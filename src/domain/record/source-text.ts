import type { SourceFile } from './parse-yaml-file.ts';

/** A record or vocabulary file larger than this is refused before it is parsed (the largest real one is ~45 KB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Decodes a file's bytes as strict UTF-8. A file that is not UTF-8 would otherwise be published with U+FFFD in
 * place of its bad bytes; instead it comes back with a problem naming the line of the first bad byte.
 */
export function decodeSourceFile(path: string, bytes: Uint8Array): SourceFile {
  if (bytes.length > MAX_FILE_BYTES) {
    return { path, text: '', problems: [{ file: path, path: '', message: `is ${bytes.length.toLocaleString('en')} bytes: the limit is ${MAX_FILE_BYTES.toLocaleString('en')} bytes per file` }] };
  }
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { path, text: '', problems: [{ file: path, line, path: '', message: `is not valid UTF-8 (byte ${offset + 1}): save it as UTF-8` }] };
  }
}

/** The offset of the first byte that cannot start or continue a UTF-8 sequence: the longest valid prefix, by halving. */
function firstInvalidByte(bytes: Uint8Array): number {
  const validPrefix = (length: number) => {
    try {
      // Streaming mode accepts a prefix that ends inside a sequence; only a real error throws.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (validPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
