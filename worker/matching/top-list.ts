/** Fixed-size "top k" in typed buffers, so picking reasons allocates nothing per listing. */

/** Reasons beyond the seeker's confirmed dealbreakers, which always come first (explain.ts). */
export const MAX_REASONS = 3;
export const MAX_WATCH_OUTS = 2;

/** A few best candidates kept sorted: larger key1 first, then smaller key2, then earlier slot. */
export class TopList {
  readonly slot: Int32Array;
  readonly side: Uint8Array;
  readonly key1: Float64Array;
  readonly key2: Float64Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.slot = new Int32Array(capacity);
    this.side = new Uint8Array(capacity);
    this.key1 = new Float64Array(capacity);
    this.key2 = new Float64Array(capacity);
  }

  offer(slot: number, side: number, key1: number, key2: number): void {
    let j = this.size;
    // Slots arrive in order, so an equal candidate already in the list stays ahead.
    while (j > 0 && ((this.key1[j - 1] as number) < key1 || (this.key1[j - 1] === key1 && (this.key2[j - 1] as number) > key2))) j--;
    if (j >= this.capacity) return;
    for (let k = Math.min(this.size, this.capacity - 1); k > j; k--) {
      this.slot[k] = this.slot[k - 1] as number;
      this.side[k] = this.side[k - 1] as number;
      this.key1[k] = this.key1[k - 1] as number;
      this.key2[k] = this.key2[k - 1] as number;
    }
    this.slot[j] = slot;
    this.side[j] = side;
    this.key1[j] = key1;
    this.key2[j] = key2;
    if (this.size < this.capacity) this.size++;
  }
}

/**
 * The best `capacity` listings of a ranking, kept sorted while scanning (no sort of all who pass):
 * higher score first, then shorter distance, then smaller id (code-unit order) — the ranking's
 * order. A listing worse than the last kept one costs one comparison.
 */
export class TopK {
  readonly index: Int32Array;
  readonly score: Int32Array;
  readonly distance: Float64Array;
  size = 0;

  constructor(
    readonly capacity: number,
    private readonly ids: readonly { id: string }[],
  ) {
    this.index = new Int32Array(capacity);
    this.score = new Int32Array(capacity);
    this.distance = new Float64Array(capacity);
  }

  /** Whether listing `i` (score, distance) ranks before the one kept at position `j`. */
  private before(i: number, score: number, distance: number, j: number): boolean {
    const other = this.score[j] as number;
    if (score !== other) return score > other;
    const d = distance - (this.distance[j] as number);
    if (d < 0 || d > 0) return d < 0; // NaN (no target) falls through to the id
    return (this.ids[i] as { id: string }).id < (this.ids[this.index[j] as number] as { id: string }).id;
  }

  offer(i: number, score: number, distance: number): void {
    const cap = this.capacity;
    if (cap === 0) return;
    if (this.size === cap && !this.before(i, score, distance, cap - 1)) return;
    let j = this.size < cap ? this.size : cap - 1;
    while (j > 0 && this.before(i, score, distance, j - 1)) {
      this.index[j] = this.index[j - 1] as number;
      this.score[j] = this.score[j - 1] as number;
      this.distance[j] = this.distance[j - 1] as number;
      j--;
    }
    this.index[j] = i;
    this.score[j] = score;
    this.distance[j] = distance;
    if (this.size < cap) this.size++;
  }
}
