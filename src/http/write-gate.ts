/**
 * Writes to one target one at a time, each sent at least `gapMs` after the answer to the one
 * before: the pace a vendor asks for when it limits mutations apart from its request quota
 * (GitHub: "make requests serially ... wait at least one second between each request" that
 * mutates, or a secondary rate limit follows). Counting from the previous answer rather than
 * its start keeps the gap the vendor sees at least `gapMs`, whatever the network adds. Reads are
 * not gated. The executor runs a few changes at once, so the queue stays short.
 */
export class WriteGate {
  private tail: Promise<void> = Promise.resolve();
  private lastEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly gapMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Waits for this write's turn; `release` (once its answer is in) lets the next one go. */
  async enter(): Promise<{ waitedMs: number; release: () => void }> {
    const t0 = this.now();
    let open!: () => void;
    const mine = new Promise<void>((resolve) => (open = resolve));
    const before = this.tail;
    this.tail = before.then(() => mine);
    await before;
    const wait = this.lastEnd + this.gapMs - this.now();
    if (wait > 0) await this.sleep(wait);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.lastEnd = this.now();
      open();
    };
    return { waitedMs: this.now() - t0, release };
  }
}
