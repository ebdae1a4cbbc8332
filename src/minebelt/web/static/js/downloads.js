/* The page's downloads: the scenario as TOML (what `minebelt estimate` reads back) and the
   results as CSV (rounded like the report's sections.csv, by the data dictionary the API
   serves at /api/data-dictionary). Pure functions of the documents, plus download(). */
"use strict";

import { decimals } from "./format.js";

export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function tomlValue(v) {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(", ")}]`;
  if (v && typeof v === "object") return `{ ${Object.entries(v).map(([k, x]) => `${k} = ${tomlValue(x)}`).join(", ")} }`;
  return JSON.stringify(String(v));
}

const oneLine = (text) => String(text).replace(/\s+/g, " ").trim();

/**
 * The scenario `sc` (as sent to the API) as a TOML file.
 * opts.samples: the Monte Carlo samples, for the "run:" line; opts.leftOut: [{section, error}]
 * rows the page left out of the estimate — written commented out, each under its error, so
 * the file runs as the page computed it and the rows can be fixed and uncommented.
 */
export function toToml(sc, opts = {}) {
  const leftOut = opts.leftOut || [];
  const lines = [
    `# minebelt scenario, written by the web app on ${new Date().toISOString().slice(0, 10)}`,
    "# run: minebelt estimate this-file.toml" + (opts.samples ? ` --samples ${opts.samples} --seed 0` : ""),
  ];
  if (leftOut.length) {
    const n = leftOut.length;
    lines.push(`# ${n} section${n === 1 ? "" : "s"} left out by the web app (commented out at the end, under ${n === 1 ? "its error" : "their errors"})`);
  }
  lines.push(`name = ${tomlValue(sc.name)}`, `source = ${tomlValue(sc.source)}`, "", "[defaults]");
  for (const [k, v] of Object.entries(sc.defaults)) lines.push(`${k} = ${tomlValue(v)}`);
  for (const s of sc.sections) {
    lines.push("", "[[sections]]");
    for (const [k, v] of Object.entries(s)) lines.push(`${k} = ${tomlValue(v)}`);
  }
  for (const key of ["production", "cost", "clearance"]) {
    if (!sc[key]) continue;
    lines.push("", `[${key}]`);
    for (const [k, v] of Object.entries(sc[key])) lines.push(`${k} = ${tomlValue(v)}`);
  }
  for (const { section, error } of leftOut) {
    lines.push("", `# left out: ${oneLine(error)}`, "# [[sections]]");
    for (const [k, v] of Object.entries(section)) lines.push(`# ${k} = ${oneLine(tomlValue(v))}`);
  }
  return lines.join("\n") + "\n";
}

function csvCell(v) {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Digits kept after the point for a column (`mines_p05` takes those of `mines`), or null. */
export function decimalsOf(name, dictionary) {
  const cols = (dictionary && dictionary.columns) || [];
  const find = (n) => cols.find((c) => c.name === n);
  const col = find(name) || find(name.replace(/_(mean|p05|p50|p95)$/, ""));
  return col && typeof col.decimals === "number" ? col.decimals : null;
}

/** A value at its column's precision: 12000.000000000015 -> 12000, 1283.8372 -> 1283.8
    (half away from zero: format.js's decimals, the rule of the report's CSV). */
export function rounded(name, v, dictionary) {
  const d = decimalsOf(name, dictionary);
  if (d === null || typeof v !== "number" || !isFinite(v)) return v;
  return decimals(v, d);
}

const COLUMNS = ["name", "country", "border", "length_source", "length_km", "land_km", "water_km", "depth_km", "area_km2",
  "density_per_km2", "mines", "mines_per_km_front", "from_km", "to_km"];
const TOTAL_COLUMNS = ["length_km", "area_km2", "mines", "mines_per_km_front"];

/** The sections (and a Total row) of an estimate document as CSV, rounded by `dictionary`. */
export function toCsv(doc, dictionary) {
  const mc = doc.totals.mines_dist !== undefined;
  const stats = ["p05", "p50", "p95"];
  const head = COLUMNS.concat(mc ? stats.map((q) => `mines_${q}`) : []);
  const cell = (col, v) => csvCell(rounded(col, v, dictionary));
  const out = [head.join(",")];
  for (const r of doc.sections) {
    const row = COLUMNS.map((c) => cell(c, r[c]));
    if (mc) row.push(...stats.map((q) => cell(`mines_${q}`, r.mines_dist ? r.mines_dist[q] : null)));
    out.push(row.join(","));
  }
  const t = doc.totals;
  const total = COLUMNS.map((c) => (c === "name" ? "Total" : TOTAL_COLUMNS.includes(c) ? cell(c, t[c]) : ""));
  if (mc) total.push(...stats.map((q) => cell(`mines_${q}`, t.mines_dist[q])));
  out.push(total.join(","));
  return out.join("\n") + "\n";
}
