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
