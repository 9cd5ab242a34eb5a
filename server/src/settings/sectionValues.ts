// Reading values out of the raw `paperDigest` settings section, which may hold anything the user typed.

export function objectAt(section: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = section[key];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** A finite number clamped to the range, else the default. */
export function numberIn(value: unknown, fallback: number, range: { min: number; max: number }): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return Math.min(range.max, Math.max(range.min, number));
}
