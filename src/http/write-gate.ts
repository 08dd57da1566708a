/**
 * Writes to one target one at a time, each starting at least `gapMs` after the one before: the
 * pace a vendor asks for when it limits mutations apart from its request quota (GitHub: "make
 * mutating requests serially, at least one second apart", or a secondary rate limit follows).
 * Reads are not gated. The executor runs a few changes at once, so the queue stays short.
 */
export class WriteGate {
  private tail: Promise<void> = Promise.resolve();
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly gapMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Waits for this write's turn; `release` lets the next one go once the answer is in. */
  async enter(): Promise<{ waitedMs: number; release: () => void }> {
    const t0 = this.now();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = this.tail;
    this.tail = before.then(() => mine);
    await before;
    const wait = this.lastStart + this.gapMs - this.now();
    if (wait > 0) await this.sleep(wait);
    this.lastStart = this.now();
    return { waitedMs: this.now() - t0, release };
  }
}
