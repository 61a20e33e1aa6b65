// Identifiers for a QTI package. QTI identifiers are XML NCNames (a letter or "_" first, no spaces or colons),
// and manifest identifiers are xs:ID, so question ids are reduced to safe ASCII and kept unique.

/** Hands out unique NCName identifiers derived from arbitrary strings. */
export class IdentifierPool {
  private readonly taken = new Set<string>();

  /** `prefix-<safe part of raw>`, with a counter added when that is already taken. */
  claim(prefix: string, raw: string): string {
    const safe = raw.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60);
    const base = `${prefix}-${safe}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
