// Formatting of amounts, addresses, hashes and times for people.
import { formatUnits, parseUnits, type Address } from 'viem';

/** Formats wei as OPEN with at most `digits` decimals, trailing zeros trimmed ("1,234.5 OPEN"). */
export function formatOpen(wei: bigint, digits = 4, symbol = 'OPEN'): string {
  const neg = wei < 0n;
  const abs = neg ? -wei : wei;
  const [int, frac = ''] = formatUnits(abs, 18).split('.');
  let f = frac.slice(0, digits).replace(/0+$/, '');
  if (abs > 0n && int === '0' && f === '') {
    // Too small for `digits` decimals: show the first significant digits instead of 0.
    const sig = frac.search(/[1-9]/);
    f = frac.slice(0, Math.min(18, sig + 2)).replace(/0+$/, '');
  }
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${f ? '.' + f : ''}${symbol ? ' ' + symbol : ''}`;
}

/** Parses an OPEN amount typed by a person ("1.5", "0.000002") into wei; throws a readable error. */
export function parseOpen(text: string): bigint {
  const t = text.trim().replace(/,/g, '').replace(/\s*OPEN$/i, '');
  if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`"${text}" is not an amount of OPEN (write it like 1.5).`);
  const frac = t.split('.')[1] ?? '';
  if (frac.length > 18) throw new Error(`"${text}" has more than 18 decimals; OPEN has 18.`);
  return parseUnits(t, 18);
}

/** 0x1234…abcd */
export function shortAddress(a: string): string {
  return a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a;
}

/** 0x12345678…(first 10 hex digits) of a hash. */
export function shortHash(h: string): string {
  return h.length > 14 ? `${h.slice(0, 10)}…${h.slice(-4)}` : h;
}

/** Formats a unix time in seconds as a local date and time. */
export function formatTime(seconds: bigint | number): string {
  const n = Number(seconds);
  if (!n) return '—';
  return new Date(n * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "3 min ago" style relative time. */
export function timeAgo(seconds: bigint | number, now = Date.now() / 1000): string {
  const d = Math.max(0, Math.round(now - Number(seconds)));
  if (d < 60) return `${d} s ago`;
  if (d < 3600) return `${Math.floor(d / 60)} min ago`;
  if (d < 86400) return `${Math.floor(d / 3600)} h ago`;
  return `${Math.floor(d / 86400)} d ago`;
}

/** Formats a byte count (1.2 MB). */
export function formatBytes(n: number | bigint): string {
  const v = Number(n);
  if (v < 1024) return `${v} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let x = v / 1024;
  let i = 0;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  return `${x.toFixed(x < 10 ? 1 : 0)} ${units[i]}`;
}

/** A 1e18 fixed-point weight as a percentage ("42.5 %"). */
export function formatWeight(weight: bigint, total: bigint): string {
  if (total === 0n) return '0 %';
  const bp = Number((weight * 100000n) / total) / 1000;
  return `${bp.toFixed(bp < 10 ? 2 : 1)} %`;
}

/** Rate in wei per 1,000 tokens as "0.002 OPEN / 1k tokens". */
export function formatRate(weiPer1k: bigint): string {
  return `${formatOpen(weiPer1k, 8)} / 1k tokens`;
}

export function isAddress(a: string): a is Address {
  return /^0x[0-9a-fA-F]{40}$/.test(a);
}
