/**
 * Which IP addresses Warta may connect to when a user gives it a URL. Loopback, private,
 * carrier-grade NAT, link-local, unique-local, multicast, documentation and reserved ranges are
 * refused (a URL pointing at an internal address by mistake must not make Warta a probe), and
 * IPv6 forms that embed an IPv4 address (`::ffff:127.0.0.1`, NAT64, 6to4) are judged by it.
 */
import { isIPv4, isIPv6 } from 'node:net';

type V4Range = [base: number, bits: number, what: string];

const ip4 = (s: string): number => s.split('.').reduce((n, p) => n * 256 + Number(p), 0);

const V4_BLOCKED: V4Range[] = [
  [ip4('0.0.0.0'), 8, 'a "this network" address'],
  [ip4('10.0.0.0'), 8, 'a private address'],
  [ip4('100.64.0.0'), 10, 'a shared (carrier-grade NAT) address'],
  [ip4('127.0.0.0'), 8, 'a loopback address'],
  [ip4('169.254.0.0'), 16, 'a link-local address'],
  [ip4('172.16.0.0'), 12, 'a private address'],
  [ip4('192.0.0.0'), 24, 'a reserved address'],
  [ip4('192.0.2.0'), 24, 'a documentation address'],
  [ip4('192.88.99.0'), 24, 'a reserved address'],
  [ip4('192.168.0.0'), 16, 'a private address'],
  [ip4('198.18.0.0'), 15, 'a benchmarking address'],
  [ip4('198.51.100.0'), 24, 'a documentation address'],
  [ip4('203.0.113.0'), 24, 'a documentation address'],
  [ip4('224.0.0.0'), 4, 'a multicast address'],
  [ip4('240.0.0.0'), 4, 'a reserved address'],
];

function v4Reason(n: number): string | null {
  for (const [base, bits, what] of V4_BLOCKED) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === ((base & mask) >>> 0)) return what;
  }
  return null;
}

/** An IPv6 address as 8 groups of 16 bits (dotted IPv4 tails and `::` expanded), or null. */
export function parseIPv6(addr: string): number[] | null {
  let s = addr.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  if (!isIPv6(s)) return null;
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // A dotted IPv4 tail (`::ffff:127.0.0.1`) is two 16-bit groups.
    const n = ip4(last);
    s = `${s.slice(0, lastColon + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((h) => parseInt(h, 16)));
  const double = s.indexOf('::');
  if (double === -1) {
    const groups = parse(s);
    return groups.length === 8 ? groups : null;
  }
  const left = parse(s.slice(0, double));
  const right = parse(s.slice(double + 2));
  const fill = 8 - left.length - right.length;
  if (fill < 1) return null;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

function v6Reason(g: number[]): string | null {
  const v4 = (hi: number, lo: number): number => ((hi << 16) >>> 0) + lo;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'the unspecified address';
  if (zeros(0, 7) && g[7] === 1) return 'a loopback address';
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
  if (zeros(0, 5) && g[5] === 0xffff) return v4Reason(v4(g[6]!, g[7]!));
  if (zeros(0, 6)) return v4Reason(v4(g[6]!, g[7]!)) ?? 'a reserved address';
  // NAT64 64:ff9b::a.b.c.d, and 6to4 2002:AABB:CCDD::
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4Reason(v4(g[6]!, g[7]!));
  if (g[0] === 0x2002) return v4Reason(v4(g[1]!, g[2]!));
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'a unique-local address';
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((first & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  if (first === 0x2001 && g[1] === 0x0db8) return 'a documentation address';
  if (first === 0x0100 && zeros(1, 4)) return 'a discard-only address';
  return null;
}

/**
 * Why Warta must not connect to this address (`a loopback address`, `a private address` …),
 * or null when it is a public internet address. Anything that is not an IP address is refused.
 */
export function blockedReason(address: string): string | null {
  const a = address.trim().replace(/^\[|\]$/g, '');
  if (isIPv4(a)) return v4Reason(ip4(a));
  const g = parseIPv6(a);
  if (g) return v6Reason(g);
  return 'not an IP address';
}
