/* The page's one number formatter: the rule of minebelt/numbers.py, in JavaScript.

   headline  sig(x, {sig: 3})   n significant figures (3, or 2 for a wide estimate)      125 million, 10,400
   detail    num(x)             whole units from 100 up, three significant figures below 1,284; 58.4; 2.31
   scaled    (both)             from one million up, in millions/billions ("M"/"bn", or   27.7 M, USD 6.31 bn
                                words with {words: true}), the rule on the scaled value
   range     span(lo, hi), dist both ends by the same rule, in the scale of the larger   USD 6.2–29 bn
                                end; unit and scale once; "" when both ends print alike
   count     count(x)           whole, separators, never scaled                           1,475,240
   year      year(x)            plain integer                                             2097
   share     pct(x)             whole per cent                                            86 %
   ratio     ratio(x)           two significant figures                                   4.2x

   Rounding is half away from zero on the exact binary value (toFixed / toPrecision), as
   Python's Decimal(x).quantize(..., ROUND_HALF_UP) in numbers.py; trailing zeros after the
   point are kept when rounding produced them (19.95 -> "20.0"), dropped when the value is
   already that short (2, 1.5). tests/e2e/test_format_js.py runs this file in headless Chromium
   against numbers.py on the same values. Options: words, scale (false: never scaled), unit,
   currency, missing (text for a missing value, default "not estimated"), locale (default: the
   page's language, setLocale). The locale tables are numbers.py's (CLDR's, via Babel):
   separators, short scale words ("125 mln"), where a currency code stands ("13 mld USD") and
   the per cent sign; the digits never depend on the locale. */
"use strict";

export const NOT_ESTIMATED = "not estimated";
const NBSP = "\u00a0";
const SCALE_WORDS = {
  en: [[9, "billion", "bn"], [6, "million", "M"]],
  uk: [[9, "млрд", "млрд"], [6, "млн", "млн"]],
  pl: [[9, "mld", "mld"], [6, "mln", "mln"]],
  fi: [[9, "mrd.", "mrd."], [6, "milj.", "milj."]],
  et: [[9, "mld", "mld"], [6, "mln", "mln"]],
  lv: [[9, "mljrd.", "mljrd."], [6, "milj.", "milj."]],
  lt: [[9, "mlrd.", "mlrd."], [6, "mln.", "mln."]],
};
const SCALES = SCALE_WORDS.en;
const SYMBOLS = { en: [",", "."], uk: [NBSP, ","], pl: [NBSP, ","], fi: [NBSP, ","], et: [NBSP, ","], lv: [NBSP, ","], lt: [NBSP, ","] };
const PERCENT_SPACE = { en: " ", uk: "", pl: "", fi: NBSP, et: "", lv: "", lt: NBSP };
const MINUS = { en: "-", uk: "-", pl: "-", fi: "\u2212", et: "\u2212", lv: "-", lt: "\u2212" };
let LOCALE = "en";
let MISSING = NOT_ESTIMATED;
let TO = "to";

/** The page's language for every figure (one of SYMBOLS' codes), with its words for a
    missing value and for "a to b" (the catalogue's translations). */
export function setLocale(code, words = {}) {
  if (!SYMBOLS[code]) throw new Error(`locale ${code}: numbers are formatted for ${Object.keys(SYMBOLS).join(", ")} only`);
  LOCALE = code;
  MISSING = words.missing || NOT_ESTIMATED;
  TO = words.to || "to";
}
const DETAIL_SIG = 3;

export function finite(x) {
  return typeof x === "number" && isFinite(x) ? x : null;
}

function loc(locale) {
  return locale || LOCALE;
}

function symbols(locale) {
  const s = SYMBOLS[loc(locale)];
  if (!s) throw new Error(`locale ${locale}: numbers are formatted for ${Object.keys(SYMBOLS).join(", ")} only`);
  return s;
}

// Exponent of the leading digit of v > 0, exact (from the shortest round-trip digits).
function exp10(v) {
  return Number(v.toExponential().split("e")[1]);
}

function step(v, n) {
  const e = exp10(v);
  if (n === null) return e >= 2 ? 0 : e - DETAIL_SIG + 1;
  return e - n + 1;
}

// v >= 0 rounded to a multiple of 10**e, half away from zero, as a plain decimal string.
function roundText(v, e) {
  if (v === 0) return "0";
  if (e < 0) return v.toFixed(-e);
  const p = exp10(v) - e + 1;
  if (p >= 1) return Number(v.toPrecision(p)).toFixed(0);
  return v >= 0.5 * Math.pow(10, e) ? Math.pow(10, e).toFixed(0) : "0";
}

function scaleOf(a, allowed) {
  if (allowed) for (const [p] of SCALES) if (a >= Math.pow(10, p)) return p;
  return 0;
}

// v >= 0 rounded by the rule, as [text, step exponent]: the step is taken again from the
// rounded value when rounding carries into the next power of ten (99.96 -> "100", not "100.0").
function rounded(v, n) {
  if (v === 0) return ["0", 0];
  let e = step(v, n);
  let r = roundText(v, e);
  if (Number(r) !== 0 && exp10(Number(r)) > exp10(v)) {
    e = step(Number(r), n);
    r = roundText(v, e);
  }
  return [r, e];
}

// The scale power for a magnitude a >= 0, taken again when rounding carries the value into
// the next scale (999,999.9 -> 1 million).
function plan(a, n, scaled) {
  let p = scaleOf(a, scaled);
  const bigger = scaled ? SCALES.map((s) => s[0]).filter((q) => q > p) : [];
  if (a && bigger.length && Number(rounded(a / Math.pow(10, p), n)[0]) * Math.pow(10, p) >= Math.pow(10, Math.min(...bigger))) {
    p = Math.min(...bigger);
  }
  return p;
}

// Trailing zeros that rounding produced are kept (19.95 -> "20.0"); a value already that
// short drops them (2 -> "2", 1.5 -> "1.5", float noise such as 2.0000000001 too).
function digits(text, v, locale) {
  const [group, dec] = symbols(locale);
  let [int, frac] = text.split(".");
  if (frac !== undefined && Math.abs(Number(text) - v) <= 1e-9 * Math.abs(v)) frac = frac.replace(/0+$/, "");
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac ? `${int}${dec}${frac}` : int;
}

// x in scale 10**p by the rule (n figures or the detail rule; whole: to units).
function one(x, p, n, locale, whole) {
  const v = Math.abs(x) / Math.pow(10, p);
  const r = whole ? roundText(v, 0) : rounded(v, n)[0];
  const text = digits(r, v, locale);
  return x < 0 && Number(r) !== 0 ? `${MINUS[loc(locale)]}${text}` : text;
}

function decorate(core, p, opts) {
  const code = loc(opts.locale);
  symbols(code);
  const space = code === "en" ? " " : NBSP;
  const s = SCALE_WORDS[code].find(([q]) => q === p);
  const word = s ? (opts.words ? s[1] : s[2]) : "";
  let out = word ? `${core}${space}${word}` : core;
  if (opts.currency) out = code === "en" ? `${opts.currency} ${out}` : `${out}${space}${opts.currency}`;
  return opts.unit ? `${out} ${opts.unit}` : out;
}

function missing(opts) {
  return opts.missing === undefined ? (opts.locale ? NOT_ESTIMATED : MISSING) : opts.missing;
}

function format(x, n, opts) {
  const v = finite(x);
  if (v === null) return missing(opts);
  const p = plan(Math.abs(v), n, opts.scale !== false);
  return decorate(one(v, p, n, opts.locale), p, opts);
}

/** A detail figure: whole units from 100 up, three significant figures below, scaled from one million up. */
export function num(x, opts = {}) {
  return format(x, null, opts);
}

/** A headline figure to opts.sig (3) significant figures. */
export function sig(x, opts = {}) {
  return format(x, opts.sig || 3, opts);
}

/** A range rounded once: both ends by the same rule (opts.sig significant figures, or the
    detail rule) in the scale of the larger end; "" when an end is missing or both print alike. */
export function span(lo, hi, opts = {}) {
  const a = finite(lo), b = finite(hi);
  if (a === null || b === null) return "";
  const n = opts.sig || null;
  const p = plan(Math.max(Math.abs(a), Math.abs(b)), n, opts.scale !== false);
  const [x, y] = [a, b].map((v) => one(v, p, n, opts.locale));
  const neg = MINUS[loc(opts.locale)];
  const same = x.startsWith(neg) === y.startsWith(neg) && Number(rounded(Math.abs(a) / Math.pow(10, p), n)[0]) === Number(rounded(Math.abs(b) / Math.pow(10, p), n)[0]);
  if (x === y || same) return "";
  const sep = x.startsWith(neg) || y.startsWith(neg) ? ` ${opts.locale ? "to" : TO} ` : "\u2013";
  return decorate(`${x}${sep}${y}`, p, opts);
}

/** The 90 % interval (p05–p95) of a `*_dist` summary, or "". */
export function dist(d, opts = {}) {
  return d && typeof d === "object" ? span(d.p05, d.p95, opts) : "";
}

/** A whole count, never scaled. */
export function count(x, opts = {}) {
  const v = finite(x);
  if (v === null) return missing(opts);
  const text = one(v, 0, null, opts.locale, true);
  return opts.unit ? `${text} ${opts.unit}` : text;
}

/** A calendar year, no separator. */
export function year(x, opts = {}) {
  const v = finite(x);
  if (v === null) return missing(opts);
  const r = roundText(Math.abs(v), 0);
  return v < 0 && Number(r) !== 0 ? `-${r}` : r;
}

/** The year x at the end of `span` years printed to `sig` significant figures (2), rounded to
 * the same step, never finer than a year (numbers.year_near): yearNear(2130.4, 104.4) === "2130". */
export function yearNear(x, span, opts = {}) {
  const v = finite(x);
  const s = finite(span);
  if (v === null) return missing(opts);
  if (s === null || s === 0) return year(v, opts);
  const e = Math.max(rounded(Math.abs(s), opts.sig ?? 2)[1], 0);
  const r = roundText(Math.abs(v), e);
  return v < 0 && Number(r) !== 0 ? `-${r}` : r;
}

/** A share (0–1) as a whole per cent. */
export function pct(x, opts = {}) {
  const v = finite(x);
  return v === null ? missing(opts) : `${one(100 * v, 0, null, opts.locale, true)}${PERCENT_SPACE[loc(opts.locale)]}%`;
}

/** A ratio to two significant figures: 4.2x. */
export function ratio(x, opts = {}) {
  const v = finite(x);
  return v === null ? missing(opts) : `${sig(v, { sig: 2, scale: false, locale: opts.locale })}x`;
}

/** The sign a signed change is printed with: the locale's plus or minus, "" for zero (numbers.sign). */
export function sign(x, opts = {}) {
  return x > 0 ? "+" : x < 0 ? MINUS[loc(opts.locale)] : "";
}

/** A value at a CSV column's precision (d decimals), half away from zero as numbers.decimals. */
export function decimals(x, d) {
  const v = finite(x);
  if (v === null) return x;
  const r = Number((Math.abs(v)).toFixed(d)) * Math.sign(v);
  return Object.is(r, -0) ? 0 : r;
}
