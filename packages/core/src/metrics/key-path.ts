/**
 * Where a value sits in a results file. `name` is the flattened metric name (`overall.f1`);
 * `toString()` is the precise location for messages (`metrics[2].val_loss`, `["a.b"].c`), which
 * also shows list positions that the name leaves out, such as DVC-style single-item lists.
 */
export class KeyPath {
  static readonly root = new KeyPath([], [])

  private constructor(
    readonly nameParts: readonly string[],
    private readonly locationParts: readonly (string | number)[]
  ) {}

  get name(): string {
    return this.nameParts.join('.')
  }

  get isRoot(): boolean {
    return this.locationParts.length === 0
  }

  key(key: string): KeyPath {
    return new KeyPath([...this.nameParts, key], [...this.locationParts, key])
  }

  /** A list position; `named: false` keeps it out of the metric name (unwrapped single items). */
  index(position: number, named = true): KeyPath {
    const nameParts = named ? [...this.nameParts, String(position)] : this.nameParts
    return new KeyPath(nameParts, [...this.locationParts, position])
  }

  toString(): string {
    if (this.locationParts.length === 0) return '(top level)'
    let text = ''
    for (const part of this.locationParts) {
      if (typeof part === 'number') text += `[${part}]`
      else if (/^[\p{L}\p{N}_-]+$/u.test(part)) text += text === '' ? part : `.${part}`
      else text += `[${JSON.stringify(part)}]`
    }
    return text
  }
}

/** Joins name parts with dots, skipping empty prefixes (top-level names have none). */
export function joinName(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('.')
}
