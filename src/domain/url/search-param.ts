/**
 * Forgiving readers for URL search params: a value that is not one of the allowed ones reads as absent,
 * so a hand-edited or truncated URL never produces an error screen.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function vocabularyKey(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value) ? value : undefined;
}
