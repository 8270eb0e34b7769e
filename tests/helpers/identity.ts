/**
 * Checks that every object with an `id` in a set of GraphQL responses is one object: the same
 * __typename and, for every scalar field two readings both selected, the same value. This is
 * what Apollo's and Relay's normalised caches assume when they merge objects by id.
 */
export class IdentityCheck {
  private readonly seen = new Map<string, Record<string, unknown>>();
  readonly conflicts: { id: string; first: Record<string, unknown>; second: Record<string, unknown> }[] = [];

  add(value: unknown): void {
    if (Array.isArray(value)) {
      value.forEach((item) => this.add(item));
      return;
    }
    if (!value || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (typeof object.id === "string") this.compare(object.id, scalarsOf(object));
    Object.values(object).forEach((child) => this.add(child));
  }

  get ids(): number {
    return this.seen.size;
  }

  private compare(id: string, fields: Record<string, unknown>): void {
    const first = this.seen.get(id);
    if (!first) {
      this.seen.set(id, fields);
      return;
    }
    // __typename is compared like any field: whenever both readings selected it.
    const differs = Object.keys(fields).some((key) => key in first && JSON.stringify(first[key]) !== JSON.stringify(fields[key]));
    if (differs) this.conflicts.push({ id, first, second: fields });
    this.seen.set(id, { ...first, ...fields });
  }
}

/** The object's own values that are not objects (arrays of scalars included), plus nested ids. */
function scalarsOf(object: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || typeof value !== "object") fields[key] = value;
    else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) fields[key] = value;
    else if (!Array.isArray(value) && typeof (value as { id?: unknown }).id === "string") fields[key] = { id: (value as { id: string }).id };
  }
  return fields;
}
