/**
 * What a bare 429 teaches, for vendors that say nothing (Nursa: no headers, no Retry-After, an
 * HTML 429). A bare 429 is not taken for a window limit on its own word: random refusals are not
 * one. A lone 429 costs a short, jittered pause and one request alone; a refusal that persists
 * across that probe is a wall, backed off exponentially with jitter (1-1.5 s, 2-3 s, 4-6 s, ...,
 * at most 60 s a step) until a request goes through. A count is learned only when it repeats:
 * two walls in a row, each in a window seen from its start, after the same number of accepted
 * requests. The window pace then keeps to that count per window (the common length, 1 s, 10 s
 * or 1 min, that covers how long the wall stood), and drops it again at the first refusal that
 * comes before the count was reached, which shows the refusals were not about the count.
 */
import type { Ticket } from './waits.js';
import type { WindowPace } from './window-pace.js';

/** Window lengths a silent vendor's window is rounded up to, once a wall shows it is real. */
const COMMON_WINDOWS_MS: readonly number[] = [1000, 10_000, 60_000];
/** The probe after a lone bare 429 waits this long, jittered down to half. */
const BLIP_PAUSE_MS = 500;
/** The longest single pause a bare 429 causes: random refusals cost seconds, never an hour. */
const MAX_SILENT_PAUSE_MS = 60_000;

interface Window {
  /** When its first accepted request went out. */
  readonly start: number;
  accepted: number;
  /** The window began with a probe after a wall, so its count is all ours. */
  readonly clean: boolean;
}

/** Bare 429s in a row: a blip until a probe is refused too. */
interface Wall {
  refusals: number;
  readonly firstAt: number;
  lastAt: number;
  /** Requests sent before this were in flight when it began: their 429s are the same refusal. */
  pauseEnd: number;
  /** The window it came in, and how much that window had accepted. */
  readonly window: Window;
}

/** What the limiter must do after an answer: pause until then, for this reason. */
export interface Pause {
  readonly until: number;
  readonly reason: string;
}

export class SilentWalls {
  private window: Window | undefined;
  private wall: Wall | undefined;
  /** The count the last wall came after, to be learned if the next wall comes after it too. */
  private candidate: number | undefined;

  constructor(
    private readonly pace: WindowPace,
    private readonly random: () => number,
  ) {}

  /** While a wall stands, requests go one at a time: each probe's answer decides the next. */
  get probing(): boolean {
    return this.wall !== undefined;
  }

  /**
   * Window bookkeeping for an answer, and the pause a bare 429 asks for. `silent`: the answer
   * carried no quota headers and no Retry-After.
   */
  answered(ticket: Ticket, status: number, now: number, silent: boolean): Pause | undefined {
    if (status !== 429) {
      if (this.wall && ticket.sentAt >= this.wall.pauseEnd) this.wallOver(ticket);
      this.window ??= { start: ticket.sentAt, accepted: 0, clean: false };
      this.window.accepted++;
      return undefined;
    }
    if (!silent) return undefined;
    const window = this.window ?? (this.window = { start: ticket.sentAt, accepted: 0, clean: false });
    if (this.wall && ticket.sentAt < this.wall.pauseEnd) return undefined; // in flight when the wall began
    if (!this.wall) {
      this.unlearnIfRefusedEarly(now);
      // Perhaps a blip: a short, jittered pause, then one request alone to find out.
      this.wall = { refusals: 1, firstAt: now, lastAt: now, pauseEnd: now + jitter(BLIP_PAUSE_MS, this.random), window };
      return { until: this.wall.pauseEnd, reason: 'rate limited (429) with no hint; trying one request again shortly' };
    }
    // Refused again after the pause: a wall. Back off exponentially, jittered upwards.
    const wall = this.wall;
    wall.refusals++;
    wall.lastAt = now;
    wall.pauseEnd = now + Math.min(MAX_SILENT_PAUSE_MS, Math.round(1000 * 2 ** (wall.refusals - 2) * (1 + 0.5 * this.random())));
    return { until: wall.pauseEnd, reason: `rate limited (429) with no hint, ${wall.refusals} times in a row; backing off` };
  }

  /** A request went through after bare 429s. A wall that repeats the last one's count is learned. */
  private wallOver(ticket: Ticket): void {
    const wall = this.wall!;
    this.wall = undefined;
    if (wall.refusals < 2) return; // a blip: the window goes on as it was
    this.window = { start: ticket.sentAt, accepted: 0, clean: true };
    // A count of one is too easily a coincidence of two refused probes in a row to be learned.
    if (!wall.window.clean || wall.window.accepted < 2 || this.pace.stated) return;
    if (this.candidate === wall.window.accepted) this.pace.learn({ requests: wall.window.accepted, perMs: roundWindow(wall.lastAt - wall.firstAt) });
    this.candidate = wall.window.accepted;
  }

  /** A learned count refused before it was reached was not the vendor's count: forget it. */
  private unlearnIfRefusedEarly(now: number): void {
    const learned = this.pace.learned;
    if (!learned) return;
    if (this.pace.countSince(now - learned.perMs) < learned.requests) {
      this.pace.forget();
      this.candidate = undefined;
    }
  }
}

/**
 * The common window length that covers `ms`, and never more than a minute: a vendor that says
 * nothing about its limits is not believed to keep an hour's window on the word of bare 429s.
 */
const roundWindow = (ms: number): number => COMMON_WINDOWS_MS.find((w) => w > ms) ?? MAX_SILENT_PAUSE_MS;

/** `ms` jittered down to as little as half, so clients that were refused together do not return together. */
const jitter = (ms: number, random: () => number): number => Math.round(ms * (0.5 + 0.5 * random()));
