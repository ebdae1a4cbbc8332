/* The scenario in the page's address: a link that opens the same scenario (pure functions).

   The state lives in the URL fragment (after "#"), which the browser never sends to the
   server: nothing leaves the machine, and the link works on any copy of minebelt serve.

     #d=2&m=korea-peak&w=skip&mc=25,2000&b=0&s=FIN-RUS,POL-BLR@0-120,EST+LVA-RUS=400&x=...

   d depth km; m density model, or c6000 for a custom density per km²; w along water
   (skip|include); mc uncertainty ± % and samples (absent: off); b=0 blocks off; s the
   sections, comma-separated: DEF-NEI a measured border, @from-to a stretch of it (either end
   may be empty), =length a stated length; x the edited block inputs as JSON; l the page's
   language (absent: English, or what the browser's Accept-Language asks for). */
"use strict";

const CODES = /^[A-Z]{3}(\+[A-Z]{3})*$/;

/** One section as its fragment token: "FIN-RUS", "POL-BLR@0-120", "POL-BLR=400". */
export function sectionToken(s) {
  const pair = `${s.country}-${s.border}`;
  if (s.length_km !== undefined && s.length_km !== null) return `${pair}=${s.length_km}`;
  const lo = s.from_km === undefined || s.from_km === null ? "" : s.from_km;
  const hi = s.to_km === undefined || s.to_km === null ? "" : s.to_km;
  return lo === "" && hi === "" ? pair : `${pair}@${lo}-${hi}`;
}

/** A fragment token as {country, border, length_km?, from_km?, to_km?}, or null when malformed. */
export function parseToken(tok) {
  const m = /^([A-Z+]+)-([A-Z+]+)(?:=([0-9.]+)|@([0-9.]*)-([0-9.]*))?$/.exec(tok);
  if (!m || !CODES.test(m[1]) || !CODES.test(m[2])) return null;
  const out = { country: m[1], border: m[2] };
  if (m[3] !== undefined) out.length_km = Number(m[3]);
  if (m[4]) out.from_km = Number(m[4]);
  if (m[5]) out.to_km = Number(m[5]);
  for (const k of ["length_km", "from_km", "to_km"]) if (k in out && !isFinite(out[k])) return null;
  return out;
}

/** The fragment ("d=2&m=...&s=...", without "#") of a page state:
    {depth, model, custom, water, mc: {pm, samples} | null, blocks, sections, edits}. */
export function toFragment(st) {
  const parts = [`d=${st.depth}`, `m=${st.model === "__custom" ? `c${st.custom}` : encodeURIComponent(st.model || "")}`, `w=${st.water}`];
  if (st.mc) parts.push(`mc=${st.mc.pm},${st.mc.samples}`);
  if (!st.blocks) parts.push("b=0");
  parts.push(`s=${st.sections.map(sectionToken).join(",")}`);
  if (st.edits && Object.keys(st.edits).length) parts.push(`x=${encodeURIComponent(JSON.stringify(st.edits))}`);
  if (st.lang && st.lang !== "en") parts.push(`l=${st.lang}`);
  return parts.join("&");
}

/** The state a fragment describes, each field only when present and well formed; sections
    that do not parse are dropped and counted in `skipped`. */
export function fromFragment(hash) {
  const out = { skipped: 0 };
  for (const part of String(hash || "").replace(/^#/, "").split("&")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const key = part.slice(0, i);
    let value;
    try { value = decodeURIComponent(part.slice(i + 1)); } catch (e) { continue; }
    if (key === "d" && isFinite(Number(value)) && value !== "") out.depth = Number(value);
    else if (key === "m" && /^c[0-9.]+$/.test(value)) { out.model = "__custom"; out.custom = Number(value.slice(1)); }
    else if (key === "m" && value) out.model = value;
    else if (key === "w" && (value === "skip" || value === "include")) out.water = value;
    else if (key === "l" && /^(en|uk|pl|fi|et|lv|lt)$/.test(value)) out.lang = value;
    else if (key === "mc") {
      const [pm, samples] = value.split(",").map(Number);
      if (isFinite(pm) && isFinite(samples)) out.mc = { pm, samples };
    } else if (key === "b") out.blocks = value !== "0";
    else if (key === "s") {
      out.sections = [];
      for (const tok of value.split(",").filter(Boolean)) {
        const s = parseToken(tok);
        if (s) out.sections.push(s); else out.skipped += 1;
      }
    } else if (key === "x") {
      try {
        const edits = JSON.parse(value);
        if (edits && typeof edits === "object" && !Array.isArray(edits)) out.edits = edits;
      } catch (e) { /* a damaged link keeps the default assumptions */ }
    }
  }
  return out;
}
