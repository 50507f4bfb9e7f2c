/**
 * Fetching one URL the careful way: http(s) only, a clear User-Agent, a deadline for the whole
 * exchange and for a silent connection, a cap on the size (compressed and decompressed), at most
 * a few redirects, each hop checked, and no connection to a loopback, private or link-local
 * address unless the user allows it. The address check runs inside the connection's own DNS
 * lookup, so the address checked is the address connected to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { blockedReason } from './address.js';
import { dataPath } from '../../util/paths.js';

export interface FetchOptions {
  /** connect to loopback, private and link-local addresses too */
  allowPrivate?: boolean;
  /** deadline for the whole exchange, redirects included (default 20 s) */
  timeoutMs?: number;
  /** largest body accepted, after decompression (default 5 MB) */
  maxBytes?: number;
  /** most redirects followed (default 5) */
  maxRedirects?: number;
  /** why an address must not be connected to, or null (default: blockedReason) */
  policy?: (address: string) => string | null;
}

export interface Fetched {
  /** the address finally read, after redirects */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

/** A fetch that failed for a reason worth one line to the user. */
export class FetchError extends Error {}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

let agent: string | null = null;

/** `Warta/0.1.0 (+homepage)`: who is asking, from package.json; WARTA_USER_AGENT overrides it. */
export function userAgent(): string {
  if (process.env.WARTA_USER_AGENT) return process.env.WARTA_USER_AGENT;
  if (agent) return agent;
  let version = '0';
  let home: string | null = null;
  try {
    const pkg = JSON.parse(readFileSync(dataPath('package.json'), 'utf8')) as { version?: string; homepage?: string };
    version = pkg.version ?? version;
    home = pkg.homepage ?? null;
  } catch {
    /* keep the defaults */
  }
  agent = `Warta/${version} (news reader${home ? `; +${home}` : ''})`;
  return agent;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup that refuses host names resolving to any blocked address. */
function guardedLookup(allowPrivate: boolean, policy: (a: string) => string | null) {
  return (hostname: string, options: { family?: number; all?: boolean; hints?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints }, (err, addresses) => {
      if (err) return callback(err, '');
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      if (!allowPrivate) {
        for (const a of addresses) {
          const why = policy(a.address);
          if (why) return callback(new FetchError(`${hostname} resolves to ${a.address}, ${why}; refused (use --allow-private to allow it)`), '');
        }
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function describe(e: unknown, url: URL): string {
  if (e instanceof FetchError) return e.message;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve host ${url.hostname}`;
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ECONNRESET':
      return `connection reset by ${url.host}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${url.host} is unreachable`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate of ${url.host} not accepted (${err.code})`;
    default:
      return err?.message ? err.message.split('\n')[0]! : String(e);
  }
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  bytes: Uint8Array;
}

function oneHop(url: URL, opts: Required<Omit<FetchOptions, 'policy'>> & { policy: (a: string) => string | null }, deadline: number): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !opts.allowPrivate) {
      const why = opts.policy(host);
      if (why) return reject(new FetchError(`${host} is ${why}; refused (use --allow-private to allow it)`));
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError(`timed out after ${opts.timeoutMs} ms`));
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e instanceof FetchError ? e : new FetchError(describe(e, url)));
    };
    const req = lib.request(url, {
      method: 'GET',
      headers: {
        'User-Agent': userAgent(),
        Accept: ACCEPT,
        'Accept-Encoding': 'gzip, deflate, br',
        'Accept-Language': 'id,en;q=0.8',
      },
      lookup: guardedLookup(opts.allowPrivate, opts.policy) as never,
      agent: false,
    });
    const timer = setTimeout(() => fail(new FetchError(`timed out after ${opts.timeoutMs} ms`)), remaining);
    req.setTimeout(Math.min(remaining, opts.timeoutMs), () => fail(new FetchError(`timed out after ${opts.timeoutMs} ms`)));
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = typeof res.headers.location === 'string' ? res.headers.location : null;
      const contentType = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        req.destroy();
        return resolve({ status, location, contentType, bytes: new Uint8Array(0) });
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        return fail(new FetchError(`response of ${declared} bytes is larger than the ${opts.maxBytes}-byte limit`));
      }
      const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
      let stream: NodeJS.ReadableStream = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) fail(new FetchError(`response larger than the ${opts.maxBytes}-byte limit; stopped reading`));
        else chunks.push(c);
      });
      stream.on('error', (e) => fail(new FetchError(`could not read the response (${(e as Error).message})`)));
      res.on('aborted', () => fail(new FetchError('the server closed the connection before the end of the response')));
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, location, contentType, bytes: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

/** Fetches a URL, following redirects; throws FetchError with a one-line reason. */
export async function fetchUrl(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    policy: options.policy ?? blockedReason,
  };
  const deadline = Date.now() + opts.timeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`only http and https addresses are fetched, not ${url.protocol}`);
    const r = await oneHop(url, opts, deadline);
    if (r.location !== null) {
      if (hop >= opts.maxRedirects) throw new FetchError(`too many redirects (more than ${opts.maxRedirects})`);
      try {
        url = new URL(r.location, url);
      } catch {
        throw new FetchError(`redirect to an invalid address: ${r.location.slice(0, 100)}`);
      }
      continue;
    }
    if (r.status >= 400) throw new FetchError(`HTTP ${r.status} ${http.STATUS_CODES[r.status] ?? ''}`.trim());
    if (r.status < 200 || r.status >= 300) throw new FetchError(`unexpected HTTP status ${r.status}`);
    return { url: url.href, status: r.status, contentType: r.contentType, bytes: r.bytes };
  }
}
