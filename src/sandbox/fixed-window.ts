/**
 * A fixed window quota, as vendors that count "N requests per window" keep one: the window
 * starts with the first request after the last one ended, and refills all at once. Emulators
 * share it (Nursa's 100 a minute, GitHub's primary quota).
 */
export interface WindowSize {
  readonly requests: number;
  readonly windowMs: number;
}

export class FixedWindow {
  private start = 0;
  private count = 0;

  /** `size` is read at every request, so a test may change an emulator's limit as it runs. */
  constructor(
    private readonly size: () => WindowSize,
    private readonly now: () => number,
  ) {}

  /** Counts the request, refused or not; true when it is past the window's allowance (Nursa). */
  countOver(): boolean {
    this.roll();
    this.count++;
    return this.count > this.size().requests;
  }

  /** Takes a place when one is left; a refused request is not counted (GitHub's primary quota). */
  take(): boolean {
    this.roll();
    if (this.count >= this.size().requests) return false;
    this.count++;
    return true;
  }

  /** Used and left in the current window, and when it ends (epoch ms). */
  state(): { used: number; remaining: number; resetAt: number } {
    this.roll();
    const { requests, windowMs } = this.size();
    return { used: this.count, remaining: Math.max(0, requests - this.count), resetAt: this.start + windowMs };
  }

  private roll(): void {
    const now = this.now();
    if (now - this.start >= this.size().windowMs) {
      this.start = now;
      this.count = 0;
    }
  }
}
