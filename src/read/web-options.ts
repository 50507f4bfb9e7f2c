/** What the user decides about reading from the web: the flags of `warta analyze` that reach the readers. */
export interface WebOptions {
  /** feeds: fetch each item's page and extract its article instead of using the item's summary */
  follow?: boolean;
  /** connect to loopback, private and link-local addresses too */
  allowPrivate?: boolean;
  /** deadline for one fetch, redirects included */
  timeoutMs?: number;
  /** largest response accepted */
  maxBytes?: number;
}
