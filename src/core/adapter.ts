/**
 * The port between the engine and a vendor: what every provider's adapter does, and the typed
 * requests the plan hands it. The I/O behind it lives in each provider's folder.
 */
import type { Fields, LiveHook } from './model.js';

export interface ListOptions {
  /**
   * Whether the plan needs `field` of this listed hook when the list answer does not carry it:
   * write-only names (Auth0 secrets) and anything a vendor's list leaves out (perhaps Auth0's
   * script) cost one more request per hook. Absent: read nothing more.
   */
  readonly detail?: (hook: LiveHook, field: string) => boolean;
}

/** The I/O half of a provider. It borrows the shared HTTP client and never closes it. */
export interface ProviderAdapter {
  /** Every live hook, all pages, in the file's field shape. */
  list(options?: ListOptions): Promise<LiveHook[]>;
  create(body: Fields): Promise<LiveHook>;
  /**
   * Sends exactly `body` (the plan already reduced it to the changed fields), and for each
   * write-only map (Auth0 `secrets`) the names to set and remove, which the adapter turns into
   * the vendor's own calls.
   */
  update(id: string, body: Fields, writeOnly?: WriteOnlyPatches): Promise<LiveHook>;
  remove(id: string): Promise<void>;
  /**
   * The steps a create makes after the hook itself exists (Auth0: writing its secrets), for a
   * create whose answer was lost and whose hook a re-list then found. Absent: there are none.
   */
  finishCreate?(id: string, body: Fields): Promise<void>;
  /**
   * After a list: what the vendor's own answers say the tenant is (Logto: its token's issuer;
   * Bold Penguin: the tenant_id on its subscriptions; GitHub: the repository its hooks belong
   * to; Auth0: the client its token was issued to), so two spellings of one tenant (localhost and
   * 127.0.0.1, a custom domain) are known for one. A string is shown as it is; a mark whose key
   * must not be shown (a client id may be a secret of the file) says what it is in `said`.
   * Undefined: the vendor said nothing that tells.
   */
  tenant?(): TenantMark | undefined;
  /**
   * Asks the vendor to send its test delivery to a live hook (GitHub's ping, Logto's test) and
   * says what the receiver answered. Absent: the vendor's API has no test delivery.
   */
  testDelivery?(hook: LiveHook): Promise<TestOutcome>;
  /**
   * The vendor's own record of a live hook's recent deliveries (GitHub's delivery list, Logto's
   * execution stats, Event Streams' failed deliveries), bounded to one page. Absent: the vendor's
   * API keeps none that hooksync reads.
   */
  deliveryRecord?(hook: LiveHook): Promise<DeliveryRecord>;
  /**
   * Has the vendor make a new signing secret for a live hook (Logto: `PATCH /api/hooks/{id}/
   * signing-key`) and returns the hook with it in `generatedSecret`. Absent: the vendor's API
   * cannot rotate one.
   */
  rotateSecret?(hook: LiveHook): Promise<LiveHook>;
}

/** A hook's recent deliveries as its vendor records them: statuses, times and counts only. */
export interface DeliveryRecord {
  /** What the record covers, in words: `the last 30 deliveries`, `the last 24 hours`. */
  readonly covers: string;
  readonly failing: boolean;
  /** One line: `2 of 30 failed; the last answered 200, 2026-12-01T10:00:00Z`. */
  readonly text: string;
  readonly attempts: readonly DeliveryAttempt[];
}

export interface DeliveryAttempt {
  readonly at?: string;
  readonly event?: string;
  /** The receiver's status; absent when it did not answer. */
  readonly status?: number;
  readonly ok: boolean;
  readonly durationMs?: number;
}

/** What a test delivery came to: only statuses and words, never the receiver's answer. */
export interface TestOutcome {
  /** true: the receiver answered 2xx; false: it answered otherwise or not at all; undefined: not known yet. */
  readonly ok: boolean | undefined;
  /** The receiver's status, where the vendor says it. */
  readonly status?: number;
  readonly text: string;
}

/** What tells a tenant: compared by `key`, shown by `said`. */
export type TenantMark = string | { readonly key: string; readonly said: string };

/**
 * How an update of a write-only map travels: the names to set (new ones, with their values)
 * and the names to remove. Only names can be compared, so no value read from the vendor is here.
 */
export interface WriteOnlyPatch {
  readonly set: Readonly<Record<string, unknown>>;
  readonly remove: readonly string[];
}

/** A write-only field's name → its patch. */
export type WriteOnlyPatches = Readonly<Record<string, WriteOnlyPatch>>;
