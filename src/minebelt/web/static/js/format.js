/* The page's one number formatter: every figure goes through fmt() or fmtRange().

   Rules: three significant figures (a border of 6,699.9 km reads "6,700 km"); thousands
   separators; large counts and money scaled to "million"/"billion"; years as plain integers
   ("2161", never "2,161"); a range rounds both ends to the step of its larger end
   ("8,355.263 to 13,925.439" -> "8,400 to 13,900"); a missing value reads `missing`
   ("n/a" unless given, e.g. "not estimated"). */
"use strict";

const SCALES = [[1e9, "billion"], [1e6, "million"]];
const cache = new Map();

function numberFormat(digits) {
  if (!cache.has(digits)) {
    cache.set(digits, new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return cache.get(digits);
}

function isNum(x) {
  return typeof x === "number" && isFinite(x);
}

// The power-of-ten step that keeps `sig` significant figures of `ref`.
function stepFor(ref, sig) {
  const a = Math.abs(ref);
  if (a === 0) return 1;
  return Math.pow(10, Math.floor(Math.log10(a)) - sig + 1);
}

function scaleFor(ref, opts) {
  if (opts.scale === false) return [1, ""];
  const a = Math.abs(ref);
  const min = opts.scaleFrom === undefined ? 1e6 : opts.scaleFrom;
  for (const [div, word] of SCALES) if (a >= div && a >= min) return [div, word];
  return [1, ""];
}

function render(v, step, opts) {
  let s = step;
  if (opts.integer && s < 1) s = 1;
  const r = Math.round(v / s) * s;
  const digits = s < 1 ? Math.min(6, Math.round(-Math.log10(s))) : 0;
  const text = numberFormat(digits).format(r === 0 ? 0 : r);
  return text;
}

function decorate(core, word, opts) {
  let out = word ? `${core} ${word}` : core;
  if (opts.prefix) out = `${opts.prefix} ${out}`;
  if (opts.unit) out = `${out} ${opts.unit}`;
  return out;
}

/**
 * Format one number.
 * opts: sig (3), unit ("km"), prefix ("USD"), scale (false: never "million"), scaleFrom
 * (smallest value that is scaled, default 1e6), integer (no decimals), year (plain
 * integer), missing (text for null/NaN, default "n/a").
 */
export function fmt(x, opts = {}) {
  if (!isNum(x)) return opts.missing === undefined ? "n/a" : opts.missing;
  if (opts.year) return String(Math.round(x));
  const sig = opts.sig || 3;
  const rounded = Math.round(x / stepFor(x, sig)) * stepFor(x, sig);  // 999,999.9 -> 1.00 million
  const [div, word] = scaleFor(rounded, opts);
  const v = rounded / div;
  return decorate(render(v, stepFor(v, sig), opts), word, opts);
}

// The two ends of a range as text, with one step and one scale taken from its larger end.
function rangeEnds(lo, hi, opts) {
  if (opts.year) return [String(Math.round(lo)), String(Math.round(hi)), ""];
  const ref = Math.max(Math.abs(lo), Math.abs(hi));
  const [div, word] = scaleFor(ref, opts);
  const step = stepFor(ref / div, opts.sig || 3);
  return [render(lo / div, step, opts), render(hi / div, step, opts), word];
}

/** Format a range "lo to hi" with one step and one scale, taken from its larger end. */
export function fmtRange(lo, hi, opts = {}) {
  if (!isNum(lo) || !isNum(hi)) return opts.missing === undefined ? "n/a" : opts.missing;
  const [a, b, word] = rangeEnds(lo, hi, opts);
  return opts.year ? `${a} to ${b}` : decorate(`${a} to ${b}`, word, opts);
}

/** The 90 % interval of a `*_dist` summary ({p05, p95}), or "" without one — and "" when
    both ends print the same ("129 to 129 years" says only that the figure did not vary). */
export function fmtDist(dist, opts = {}) {
  if (!dist || !isNum(dist.p05) || !isNum(dist.p95)) return "";
  const [a, b] = rangeEnds(dist.p05, dist.p95, opts);
  return a === b ? "" : fmtRange(dist.p05, dist.p95, opts);
}
