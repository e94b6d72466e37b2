const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

export const FINGERPRINT = /^[0-9a-f]{8}$/;

/**
 * A short fingerprint of a Chinese source text: 32-bit FNV-1a of its NFC UTF-8 bytes, as 8 hex digits. Plain
 * TypeScript, so the build, the scripts and the browser compute the same value; NFC so that an editor which
 * normalises Unicode does not make every translation look out of date.
 */
export function fingerprint(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text.normalize('NFC'))) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
