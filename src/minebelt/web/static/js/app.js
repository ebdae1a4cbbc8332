/* minebelt web app: map + scenario controls over the local JSON API. No external requests.

   Modules: format.js (the one number formatter), blocks.js (cost, production, clearance,
   civilians), views.js (world atlas, compare with a pinned scenario, article check), this
   file (map, search, sections, requests). Leaflet is the vendored global L. */
"use strict";

import { count, dist, num, sig, span } from "./format.js";
import { el, renderBlocks } from "./blocks.js";
import { download, toCsv, toToml } from "./downloads.js";
import { fromFragment, toFragment } from "./share.js";
import { initViews } from "./views.js";
import { countryName, gettext, lang, languageNames, LANGS, loadLanguage, ngettext, pgettext, translatePage } from "./i18n.js";

const L = window.L;
// marks a message for extraction (scripts/i18n.py: -k N_), translated where it is shown
const N_ = (message) => message;
const $ = (sel) => document.querySelector(sel);
// Short names for the codes whose ISO 3166 name is long (the rest come from /api/countries).
const NAMES = {
  FIN: "Finland", EST: "Estonia", LVA: "Latvia", LTU: "Lithuania", POL: "Poland",
  UKR: "Ukraine", RUS: "Russia", BLR: "Belarus",
};
const COLORS = { land: "#b3261e", water: "#2b6cb0", off: "#7d8896", offWater: "#8fa9c6", belt: "#e06a1b", overview: "#6f7c8a" };
const DEBOUNCE_MS = 250;
const BLOCKS_EXAMPLE = "eastern-flank-full.toml";
const BLOCK_KEYS = ["production", "cost", "clearance"];

const state = {
  info: null,
  models: [],
  countries: {},    // ISO3 -> {iso3, name, aliases, neighbours, bbox}
  borders: {},      // "FIN-RUS" (defender-neighbour) -> {country, border, doc, layer, length_km}
  sections: [],     // {key?, name, country, border, from_km?, to_km?, length_km?, error?, badSig?, row?}
  blocks: null,     // {production, cost, clearance} as sent, from the bundled example
  result: null,
  scenario: null,
  dictionary: null, // minebelt.data-dictionary/1: each column's precision, for the CSV
  focus: null,      // the country picked in the search box
  inflight: false,
  pending: false,
  timer: null,
  map: null,
  beltLayer: null,
  belts: null,      // the map's belts (GeoJSON) of beltsFor, the scenario sent for them
  beltsFor: null,
  beltsAbort: null, // the belts request in flight (a newer scenario aborts it)
  names: Object.assign({}, NAMES),
};

// in the page's language (CLDR's names, as the report's), else the bundled English name
const name = (code) => code.split("+").map((c) => countryName(c, state.names[c] || c)).join(" + ");
const km = (x) => num(x, { scale: false, missing: "" });
const whole = (x) => count(x, { missing: "" });

function setStatus(text, kind) {
  const s = $("#status");
  s.textContent = text;
  s.className = "status" + (kind ? " " + kind : "");
}

async function getJSON(url, opts) {
  // a refusal's "text" is its "detail" in the page's language (the detail stays English)
  const headers = { ...((opts && opts.headers) || {}), "Accept-Language": lang() };
  const r = await fetch(url, { ...(opts || {}), headers });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const err = new Error((body && (body.text || body.detail)) || `${r.status} ${r.statusText}`);
    err.status = r.status;
    throw err;
  }
  return body;
}

const postJSON = (url, doc) => getJSON(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc) });

// ------------------------------------------------------------------ scenario
function densityValue() {
  const v = $("#model").value;
  if (v === "__custom") return { kind: "areal", value: Number($("#custom-density").value), model: null, unit: "mines/km²" };
  const m = state.models.find((x) => x.name === v);
  return { kind: m ? m.kind : "areal", value: m ? m.value : NaN, model: v, unit: m ? m.unit : "mines/km²" };
}

function depthKm() { return Number($("#depth").value); }

function uncertainty() {
  if (!$("#mc").checked) return null;
  return { pm: Number($("#pm").value) / 100, samples: Math.round(Number($("#samples").value)) };
}

// ±p % as a lognormal whose median is the chosen value: 90 % of draws between v/(1+p) and
// v*(1+p). (A "v(1-p) to v(1+p)" interval would put the median at v*sqrt(1-p²), below v.)
function densityInterval(v, pm) {
  const f = 1 + pm;
  return [v / f, v * f];
}

function sectionDoc(s) {
  const o = { name: s.name, country: s.country, border: s.border };
  if (s.length_km !== undefined) o.length_km = s.length_km;
  if (s.from_km !== undefined && s.from_km !== null) o.from_km = s.from_km;
  if (s.to_km !== undefined && s.to_km !== null) o.to_km = s.to_km;
  return o;
}

function buildScenario(sections) {
  const d = densityValue();
  const unc = uncertainty();
  const defaults = { depth_km: depthKm(), along_water: document.querySelector("input[name=water]:checked").value };
  const key = d.kind === "linear" ? "density_per_km_front" : "density";
  if (unc && unc.pm > 0 && isFinite(d.value)) {
    defaults[key] = { lognormal: densityInterval(d.value, unc.pm) };
  } else if (d.model) {
    defaults.density = d.model;
  } else {
    defaults[key] = d.value;
  }
  const list = (sections || state.sections).map(sectionDoc);
  const label = d.model ? d.model : `${num(d.value, { scale: false })} mines/km²`;
  const sc = {
    name: `Web app: ${list.length} section${list.length === 1 ? "" : "s"}, ${defaults.depth_km} km deep, ${label}`,
    source: "minebelt web app",
    defaults: defaults,
    sections: list,
  };
  if ($("#blocks-on").checked && state.blocks) Object.assign(sc, readBlockInputs());
  return sc;
}

// ------------------------------------------------------------------ estimate
function schedule() {
  updateHash();
  clearTimeout(state.timer);
  state.scheduled = true;
  state.timer = setTimeout(() => { state.scheduled = false; runEstimate(); }, DEBOUNCE_MS);
}

// A bad section stays out of the request until it, or the defaults, change.
function signature(defaults, s) { return JSON.stringify([defaults, sectionDoc(s)]); }

async function estimateWithBadRows(qs) {
  const probe = buildScenario();
  let use = state.sections.filter((s) => !(s.error && s.badSig === signature(probe.defaults, s)));
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!use.length) return { doc: null, used: [] };
    const sc = buildScenario(use);
    try {
      const doc = await postJSON("/api/estimate" + qs, sc);
      for (const s of use) { s.error = null; s.badSig = null; }
      return { doc, used: use, scenario: sc };
    } catch (e) {
      if (e.status !== 422 || attempt > 0) throw e;
      // which rows? each section checked on its own
      let check;
      try { check = await postJSON("/api/scenario/check", sc); } catch (e2) { throw e; }
      const bad = check.sections.filter((r) => !r.ok);
      if (!bad.length) throw e;  // not a row's fault (defaults, blocks): the status line says why
      for (const r of check.sections) {
        const s = use[r.index];
        s.error = r.ok ? null : r.text || r.detail;
        s.badSig = r.ok ? null : signature(sc.defaults, s);
      }
      use = use.filter((s) => !s.error);
      renderSections();
    }
  }
  return { doc: null, used: [] };
}

// One request at a time: changes made while it runs are sent, coalesced, when it returns.
// The figures come first and alone (belts=false: no belt polygon is built, and the same
// scenario in a new language is the cached English answer with its cards in that language):
// the headline and the cards never wait for the map's belts, which are asked for after them.
async function runEstimate() {
  if (state.inflight) { state.pending = true; return; }
  if (!state.sections.length) {
    state.result = null;
    renderResult();
    requestBelts(null);
    setStatus(gettext("Add a section: search a country, or click a border on the map."));
    return;
  }
  const problem = checkInputs();
  if (problem) {
    setStatus(problem, "error");
    return;
  }
  const unc = uncertainty();
  // the cards in the reader's language (English too) come with the (English) document: the
  // terminal's and the report's words
  const params = unc && unc.samples > 0 ? [`samples=${unc.samples}`, "seed=0"] : [];
  params.push("belts=false", `lang=${lang()}`);
  const qs = params.length ? `?${params.join("&")}` : "";
  state.inflight = true;
  if (!state.result) renderResult();  // the first estimate: the cards say "Computing…", not "Tick …"
  setStatus(gettext("Computing…"), "busy");
  const slow = setTimeout(() => setStatus(gettext("Computing the belts on the measured borders (a new depth or border takes a few seconds)…"), "busy"), 1500);
  document.querySelector(".headline").classList.add("stale");
  const t0 = performance.now();
  try {
    const { doc, used, scenario } = await estimateWithBadRows(qs);
    for (const s of state.sections) s.row = null;
    if (doc) used.forEach((s, i) => { s.row = doc.sections[i] || null; });
    state.result = doc;
    state.scenario = scenario || null;
    renderResult();
    requestBelts(scenario || null);
    const nbad = state.sections.filter((s) => s.error).length;
    if (!state.pending) {
      document.querySelector(".headline").classList.remove("stale");
      const note = nbad ? " " + ngettext("%(n)s section left out: see the message on its row.", "%(n)s sections left out: see the message on their rows.", nbad, { n: count(nbad) }) : "";
      setStatus((doc ? gettext("Updated in %(ms)s ms.", { ms: whole(performance.now() - t0) }) : gettext("Nothing to estimate.")) + note, nbad ? "warn" : "");
    }
  } catch (e) {
    if (!state.pending) setStatus(e.message, "error");
  } finally {
    clearTimeout(slow);
    state.inflight = false;
    if (!state.result && !state.pending) renderResult();  // no "Computing…" left after an error
    if (state.pending) {
      state.pending = false;
      runEstimate();
    }
  }
}

// The API checks everything too (HTTP 422 naming the field); these checks only spare a
// round trip for the controls' own ranges.
function checkInputs() {
  const lim = state.info ? state.info.limits : { depth_km_max: 50, density_per_km2_max: 100000, samples_max: 100000 };
  const depth = $("#depth").value === "" ? NaN : depthKm();
  if (!(depth > 0 && depth <= lim.depth_km_max)) return `defaults.depth_km = ${$("#depth").value || "(empty)"}: must lie in (0, ${lim.depth_km_max}] km`;
  const d = densityValue();
  if (d.model === null && !(d.value > 0 && d.value <= lim.density_per_km2_max)) {
    return `defaults.density = ${$("#custom-density").value || "(empty)"}: must lie in (0, ${whole(lim.density_per_km2_max)}] mines/km²`;
  }
  const unc = uncertainty();
  if (unc) {
    if (!(unc.samples >= 1 && unc.samples <= lim.samples_max)) return `samples = ${$("#samples").value || "(empty)"}: must lie in [1, ${whole(lim.samples_max)}]`;
    if (!(unc.pm >= 0 && unc.pm < 1)) return `± ${$("#pm").value || "(empty)"} %: must lie in [0, 100)`;
  }
  return null;
}

// ------------------------------------------------------------------ rendering
function renderResult() {
  const doc = state.result;
  const t = doc ? doc.totals : null;
  $("#total-mines").textContent = t ? sig(t.mines, { words: true }) : "—";
  const interval = t ? dist(t.mines_dist, { sig: 3, words: true }) : "";  // "" also when both ends round alike
  $("#total-interval").textContent = interval ? gettext("90 %%: %(range)s", { range: interval }) : "";
  $("#headline-sentence").textContent = doc ? headlineSentence(doc) : "";
  $("#interval-note").textContent = interval ? intervalText(doc) : "";
  $("#basis").textContent = doc ? basisText() : "";
  $("#total-area").textContent = t ? sig(t.area_km2, { unit: pgettext("after a number", "km²") }) : "—";
  $("#total-length").textContent = t ? sig(t.length_km, { unit: pgettext("after a number", "km") }) : "—";
  $("#total-perkm").textContent = t ? sig(t.mines_per_km_front) : "—";
  // the front the belt is built behind, not the border length beside it, when water carries no belt
  const landFront = t && t.belt_front_km != null && Math.abs(t.belt_front_km - t.length_km) > 0.5;
  $("#total-perkm-label").textContent = landFront ? gettext("Mines per km of land front (%(length)s)", { length: sig(t.belt_front_km, { unit: pgettext("after a number", "km") }) }) : gettext("Mines per km of front");
  const blockSources = renderBlocks($("#blocks"), doc, { ticked: $("#blocks-on").checked, computing: Boolean(state.inflight) && !doc, lang: lang() });
  renderSections();
  const src = doc && doc.provenance && doc.provenance.model_sources;
  // in the reader's language the server's entries: the citation with minebelt's own remarks
  // cut out and given after it in the reader's words
  const written = doc && doc.text && doc.text.lang === lang() && Array.isArray(doc.text.model_sources) ? doc.text.model_sources : null;
  cited($("#sources"), gettext("Density source:"), written || (src || []).map((c) => ({ cite: c })));
  // what each source gave in the reader's words and numbers, the citation as published
  const blocks = $("#block-sources");
  blocks.textContent = "";
  if (blockSources.length) {  // one source a line: what it gave, then where from
    blocks.append(el("p", { text: gettext("Sources of the other figures:") }),
      el("ul", { class: "block-sources" }, ...blockSources.map((s) => el("li", {}, s.what ? `${s.what} — ` : "",
        ...citation(s)))));
  }
  $("#dl-csv").disabled = !doc;
  document.dispatchEvent(new CustomEvent("minebelt:result"));
}

// An uncertain block input in the reader's words: "cost per mine: 20–200 EUR" from the
// document's "EUR 20 to 200 = USD 23.3 to 233 at …" (the range as written, in its currency);
// a value of another shape keeps its text after the label
const RANGE = /^(?:(?:uniform|triangular|normal|lognormal)\s+)?(?:([A-Z]{3})\s+)?(-?[\d,.]+)\s+to\s+(-?[\d,.]+)/;
function uncertainInput(block, key, value) {
  const m = RANGE.exec(String(value));
  const label = keyLabel(block, key);
  if (!m) return gettext("%(label)s: %(value)s", { label, value: valueText(value) });
  const [lo, hi] = [m[2], m[3]].map((x) => Number(x.replace(/,/g, "")));
  const range = span(lo, hi, m[1] ? { currency: m[1] } : {}) || num(lo, m[1] ? { currency: m[1] } : {});
  return gettext("%(label)s: %(value)s", { label, value: range });
}

// What the 90 % interval is an interval of, and which inputs were uncertain.
function intervalText(doc) {
  const unc = uncertainty();
  const d = densityValue();
  const parts = [gettext("The 5th to 95th percentile of the total over %(n)s Monte Carlo draws (seed 0).", { n: whole(unc.samples) })];
  if (unc.pm > 0 && isFinite(d.value)) {
    const [lo, hi] = densityInterval(d.value, unc.pm);
    const shared = (doc.inputs || []).some((i) => i.uncertain && i.shared && /density/.test(i.key));
    const kw = { median: `${num(d.value, { scale: false })} ${gettext(d.unit)}`, range: span(lo, hi, { sig: 2, scale: false }), factor: num(1 + unc.pm, { scale: false }) };
    parts.push(shared
      ? gettext("Uncertain: the density, lognormal with median %(median)s (your value) and 90 %% of draws from %(range)s (÷ %(factor)s to × %(factor)s), one draw for all sections.", kw)
      : gettext("Uncertain: the density, lognormal with median %(median)s (your value) and 90 %% of draws from %(range)s (÷ %(factor)s to × %(factor)s).", kw));
  }
  const blockUnc = BLOCK_KEYS.flatMap((k) => {
    const inputs = doc[k] && doc[k].inputs;
    return inputs && typeof inputs === "object" ? Object.entries(inputs).filter(([, v]) => /\bto\b|\{|uniform|triangular|normal/.test(String(v))).map(([n, v]) => uncertainInput(k, n, v)) : [];
  });
  if (blockUnc.length) parts.push(gettext("Also uncertain: %(inputs)s.", { inputs: blockUnc.join("; ") }));
  parts.push(gettext("Depth and border lengths are fixed. The headline is the estimate at your values, not the median of the draws."));
  return parts.join(" ");
}

function basisText() {
  const sc = state.scenario;
  if (!sc) return "";
  const dd = sc.defaults;
  const d = densityValue();
  const m = state.models.find((x) => x.name === d.model);
  const densText = m ? `${num(m.value, { scale: false })} ${gettext(m.unit)}, ${m.label ? gettext(m.label) : m.name}` : `${num(d.value, { scale: false })} ${gettext(d.unit)}`;
  const water = dd.along_water === "skip" ? gettext("no belt along rivers and lakes") : gettext("belt along rivers and lakes too");
  return gettext("%(depth)s km deep × %(density)s; %(water)s.", { depth: num(dd.depth_km, { scale: false }), density: densText, water });
}

function numInput(value, placeholder, onchange, label) {
  return el("input", {
    type: "number", min: "0", step: "1", value: value === undefined || value === null ? "" : String(value),
    placeholder: placeholder, "aria-label": label, onchange: onchange,
  });
}

function renderSections() {
  const body = $("#sections tbody");
  body.textContent = "";
  state.sections.forEach((s, i) => {
    const r = s.row || null;
    const b = s.key ? state.borders[s.key] : null;
    const water = r && r.water_km ? " · " + gettext("%(km)s km water", { km: km(r.water_km) }) : "";
    const kind = s.length_km !== undefined ? gettext("stated length") : gettext("measured");
    const nameCell = el("td", {}, sectionName(s), el("span", { class: "kind", text: kind + water }));
    let fromCell, toCell;
    if (s.length_km !== undefined) {
      fromCell = el("td", { class: "r", colspan: "2" }, numInput(s.length_km, "km", (ev) => {
        const v = ev.target.value === "" ? NaN : Number(ev.target.value);
        if (isFinite(v)) { s.length_km = v; schedule(); }
      }, `Stated length of ${s.name}, km`));
      toCell = null;
    } else {
      const full = b ? Math.round(b.length_km) : "";
      fromCell = el("td", { class: "r" }, numInput(s.from_km, "0", (ev) => {
        s.from_km = ev.target.value === "" ? undefined : Number(ev.target.value); styleBorders(); schedule();
      }, `${s.name}: from km`));
      toCell = el("td", { class: "r" }, numInput(s.to_km, String(full), (ev) => {
        s.to_km = ev.target.value === "" ? undefined : Number(ev.target.value); styleBorders(); schedule();
      }, `${s.name}: to km`));
    }
    const tools = el("td", { class: "tools" });
    if (s.length_km === undefined) {
      tools.append(el("button", { class: "rm swap", type: "button", title: gettext("Swap sides: the belt on the other country's side"), "aria-label": gettext("Swap sides of %(name)s", { name: s.name }), text: "⇄", onclick: () => swapSides(i) }));
    }
    tools.append(el("button", { class: "rm", type: "button", title: gettext("Remove this section"), "aria-label": gettext("Remove %(name)s", { name: s.name }), text: "×", onclick: () => removeSection(i) }));
    const iv = r ? dist(r.mines_dist) : "";
    const mines = iv ? el("td", { class: "r", title: `90 %: ${iv}`, text: num(r.mines) }) : el("td", { class: "r", text: r ? num(r.mines) : "" });
    body.append(el("tr", { class: s.error ? "bad" : "", "data-key": s.key || "" },
      nameCell, fromCell, toCell,
      el("td", { class: "r", text: r ? km(r.length_km) : "" }),
      el("td", { class: "r", text: r ? km(r.area_km2) : "" }),
      mines,
      tools));
    if (s.error) {
      body.append(el("tr", { class: "row-error" }, el("td", { colspan: "7", role: "alert", text: s.error })));
    }
  });
  const foot = $("#sections tfoot");
  foot.textContent = "";
  if (state.result && state.sections.length) {
    const t = state.result.totals;
    foot.append(el("tr", {},
      el("td", { text: gettext("Total"), colspan: "3" }),
      el("td", { class: "r", text: km(t.length_km) }),
      el("td", { class: "r", text: km(t.area_km2) }),
      el("td", { class: "r", text: num(t.mines) }),
      el("td", {})));
  }
  styleBorders();
}

// The belts of the scenario on screen, drawn when they come (after its figures); a request
// for an older scenario's belts is aborted (the server stops computing them). Point values:
// the polygons do not depend on the draws nor on the cost, production and clearance inputs.
function requestBelts(sc) {
  const geo = sc ? Object.fromEntries(Object.entries(sc).filter(([k]) => !BLOCK_KEYS.includes(k))) : null;
  const body = geo && geo.sections.length ? JSON.stringify(geo) : null;
  if (body === state.beltsFor && (state.beltsAbort || state.belts || !body)) return;  // on screen or coming
  if (state.beltsAbort) state.beltsAbort.abort();
  state.beltsAbort = null;
  state.beltsFor = body;
  if (!body) { state.belts = null; renderBelts(); return; }
  const ctl = new AbortController();
  state.beltsAbort = ctl;
  renderBelts();  // the older belts stay, faded, until these come
  fetch("/api/estimate", { method: "POST", headers: { "Content-Type": "application/json" }, body, signal: ctl.signal })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
    .then((doc) => { if (state.beltsAbort === ctl) state.belts = doc.belts || { type: "FeatureCollection", features: [] }; })
    .catch(() => { if (state.beltsAbort === ctl) { state.belts = null; state.beltsFor = null; } })  // the figures say what went wrong
    .finally(() => { if (state.beltsAbort === ctl) { state.beltsAbort = null; renderBelts(); } });
}

function renderBelts() {
  const coming = Boolean(state.beltsAbort);
  $("#dl-geojson").disabled = coming || !(state.belts && state.belts.features.length);
  if (!state.map) return;
  state.map.getPane("belts").classList.toggle("stale", coming);
  if (coming) return;
  if (state.beltLayer) { state.map.removeLayer(state.beltLayer); state.beltLayer = null; }
  const fc = state.belts;
  document.dispatchEvent(new CustomEvent("minebelt:belts"));
  if (!fc || !fc.features.length) return;
  // the belts lie in a pane under the borders: a click on a border always reaches the border
  state.beltLayer = L.geoJSON(fc, {
    pane: "belts",
    renderer: state.beltRenderer || (state.beltRenderer = L.svg({ pane: "belts" })),
    style: { color: "#a8480f", weight: 1, fillColor: COLORS.belt, fillOpacity: 0.6 },
    onEachFeature: (f, layer) => {
      const p = f.properties;
      const mines = ngettext("%(n)s mine", "%(n)s mines", p.mines, { n: num(p.mines, { words: true }) });
      layer.bindTooltip(`${p.name}: ${num(p.area_km2, { scale: false, unit: pgettext("after a number", "km²") })}, ${mines}`, { sticky: true });
    },
  }).addTo(state.map);
}

// ------------------------------------------------------------------ sections
function sectionIndex(key) { return state.sections.findIndex((s) => s.key === key); }

function pairIndex(a, b) {
  return state.sections.findIndex((s) => s.key && ((s.country === a && s.border === b) || (s.country === b && s.border === a)));
}

function addSection(country, border) {
  const key = `${country}-${border}`;
  if (sectionIndex(key) >= 0) return;
  state.sections.push({ key: key, name: `${name(country)} – ${name(border)}`, country: country, border: border });
}

function toggleBorder(key) {
  const i = sectionIndex(key);
  if (i >= 0) state.sections.splice(i, 1);
  else {
    const b = state.borders[key];
    addSection(b.country, b.border);
  }
  renderSections();
  schedule();
}

// Pick a border (from the search list or the map): add it, or remove it when already chosen.
async function pickBorder(country, border, opts = {}) {
  const i = pairIndex(country, border);
  if (i >= 0 && !opts.addOnly) {
    state.sections.splice(i, 1);
    renderSections();
    schedule();
    return;
  }
  if (i >= 0) return;
  const key = `${country}-${border}`;
  if (!state.borders[key]) {
    try {
      await loadBorder(state.map, country, border);
    } catch (e) {
      setStatus(`${name(country)} – ${name(border)}: ${e.message}`, "error");
      return;
    }
  }
  addSection(country, border);
  if (opts.zoom && state.borders[key] && state.borders[key].layer) state.map.fitBounds(state.borders[key].layer.getBounds(), { padding: [30, 30], maxZoom: 8 });
  renderSections();
  schedule();
}

async function swapSides(i) {
  const s = state.sections[i];
  const key = `${s.border}-${s.country}`;
  if (!state.borders[key]) {
    try { await loadBorder(state.map, s.border, s.country); } catch (e) { setStatus(e.message, "error"); return; }
  }
  state.sections[i] = { key: key, name: `${name(s.border)} – ${name(s.country)}`, country: s.border, border: s.country };
  renderSections();
  schedule();
}

function removeSection(i) {
  state.sections.splice(i, 1);
  renderSections();
  schedule();
}

function styleBorders() {
  for (const [key, b] of Object.entries(state.borders)) {
    if (!b.layer) continue;
    const s = state.sections[sectionIndex(key)];
    b.layer.setStyle((f) => borderStyle(f, s !== undefined && inStretch(f.properties, s)));
  }
}

function inStretch(p, s) {
  if (p.start_km === undefined || p.end_km === undefined) return true;
  const lo = s.from_km === undefined || s.from_km === null ? -Infinity : s.from_km;
  const hi = s.to_km === undefined || s.to_km === null ? Infinity : s.to_km;
  return p.end_km > lo && p.start_km < hi;
}

function borderStyle(f, on) {
  const water = f.properties.kind === "water";
  return {
    color: water ? (on ? COLORS.water : COLORS.offWater) : (on ? COLORS.land : COLORS.off),
    weight: on ? 4 : 3,
    opacity: on ? 0.95 : 0.8,
    dashArray: water ? "6 5" : null,
    lineCap: "butt",
  };
}

// ------------------------------------------------------------------ search
function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

function searchCountries(q) {
  const t = fold(q.trim());
  if (!t) return [];
  const out = [];
  for (const c of Object.values(state.countries)) {
    const names = [countryName(c.iso3, c.name), c.name].concat(c.aliases || []).map(fold);
    let score = -1;
    if (c.iso3.toLowerCase() === t) score = 0;
    else if (names.some((n) => n === t)) score = 1;
    else if (names.some((n) => n.startsWith(t))) score = 2;
    else if (t.length >= 3 && names.some((n) => n.includes(t))) score = 3;
    if (score >= 0) out.push([score, c]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name));
  return out.slice(0, 8).map((x) => x[1]);
}

function renderSearch() {
  const list = $("#search-results");
  list.textContent = "";
  const q = $("#country-search").value;
  for (const c of searchCountries(q)) {
    list.append(el("li", {}, el("button", {
      type: "button", class: "country", "data-iso3": c.iso3,
      text: `${countryName(c.iso3, c.name)} (${c.iso3})${c.neighbours.length ? "" : ` — ${gettext("no land border")}`}`,
      onclick: () => focusCountry(c.iso3),
    })));
  }
  if (q.trim() && !list.children.length) list.append(el("li", { class: "hint", text: gettext("No country of that name or ISO 3166-1 alpha-3 code.") }));
}

function focusCountry(code) {
  const c = state.countries[code];
  state.focus = code;
  $("#search-results").textContent = "";
  const box = $("#neighbours");
  box.textContent = "";
  if (!c.neighbours.length) {
    box.append(el("p", { class: "hint", text: gettext("%(country)s has no land border in the bundled data.", { country: name(code) }) }));
    return;
  }
  box.append(el("p", { class: "hint", text: gettext("%(country)s defending; its land borders (click to add or remove):", { country: name(code) }) }));
  for (const n of c.neighbours) {
    const on = pairIndex(code, n.iso3) >= 0;
    box.append(el("button", {
      type: "button", class: "neighbour" + (on ? " on" : ""), "data-pair": `${code}-${n.iso3}`,
      text: `${name(code)} – ${name(n.iso3)} · ${km(n.length_km)} ${pgettext("after a number", "km")}`,
      onclick: async () => { await pickBorder(code, n.iso3, { zoom: true }); focusCountry(code); },
    }));
  }
  if (c.bbox && state.map) state.map.fitBounds([[c.bbox[1], c.bbox[0]], [c.bbox[3], c.bbox[2]]], { padding: [30, 30], maxZoom: 7 });
}

// Which side defends when a border is clicked on the map: the searched country, else a
// country that already defends a section, else the first in alphabetical order (⇄ swaps).
function defenderFor(a, b) {
  if (state.focus === a || state.focus === b) return state.focus === a ? [a, b] : [b, a];
  const defenders = new Set(state.sections.map((s) => s.country));
  if (defenders.has(b) && !defenders.has(a)) return [b, a];
  return [a, b];
}

// ------------------------------------------------------------------ map
function initMap(attribution) {
  const map = L.map("map", {
    zoomControl: true, minZoom: 2, maxZoom: 11, zoomSnap: 0.5, worldCopyJump: false,
    maxBounds: [[-85, -200], [85, 200]], maxBoundsViscosity: 0.8,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(attribution);
  state.mapAttribution = attribution;
  // panes, bottom to top: basemap (no events), every border (thin, clickable), belts, then the
  // chosen borders in the overlay pane (400): a click on a border always reaches the border
  map.createPane("basemap").style.zIndex = 250;
  map.createPane("overview").style.zIndex = 360;
  map.createPane("belts").style.zIndex = 380;
  map.setView([56, 27], 5);
  // on a phone the key sits above the credit line (both at the right), not under it
  const phone = window.matchMedia && window.matchMedia("(max-width: 520px)").matches;
  const legend = L.control({ position: phone ? "bottomright" : "bottomleft" });
  legend.onAdd = () => {
    const d = L.DomUtil.create("div", "legend");
    // each entry's English text in data-i18n: a new language translates it (translatePage)
    const entries = [["land", N_("land border, in a section")], ["water", N_("river or lake border")],
      ["off", N_("land border, not selected (click to add)")], ["belt", N_("belt")], ["km", N_("km from the border's km 0 (zoom in)")]];
    for (const [cls, words] of entries) d.append(el("div", {}, el("i", { class: cls }), el("span", { "data-i18n": words, text: gettext(words) })));
    return d;
  };
  legend.addTo(map);
  map.on("zoomend", () => Object.values(state.borders).forEach(showMarkers));
  state.map = map;
  return map;
}

async function loadOutlines(map) {
  const po = state.info.page_outlines;
  const fc = await getJSON(`/api/outlines?bbox=${po.bbox.join(",")}&tolerance_deg=${po.tolerance_deg}`);
  const outlines = L.geoJSON(fc, {
    interactive: false,
    pane: "basemap",
    renderer: L.canvas({ padding: 0.5, pane: "basemap" }),
    style: () => ({ color: "#a9b3bf", weight: 0.7, fillColor: "#f7f6ef", fillOpacity: 1 }),
  }).addTo(map);
  addCountryLabels(map, outlines);
}

// Country names on the map, from the bundled outlines (no tiles): each at its label point,
// shown when the country is wide enough on screen for its name.
function shortName(code, official) {
  return NAMES[code] || String(official || code).split(/ \(|, /)[0];
}

function addCountryLabels(map, outlines) {
  const pane = map.createPane("labels");
  pane.style.zIndex = 370;
  pane.style.pointerEvents = "none";
  state.labels = [];
  outlines.eachLayer((layer) => {
    const p = layer.feature.properties;
    if (!Array.isArray(p.label)) return;
    const text = countryName(p.iso3, shortName(p.iso3, p.name));
    const span = document.createElement("span");
    span.textContent = text;
    span.dataset.iso3 = p.iso3;
    span.dataset.english = shortName(p.iso3, p.name);
    const marker = L.marker([p.label[1], p.label[0]], {
      pane: "labels", interactive: false, keyboard: false,
      icon: L.divIcon({ className: "country-label", html: span, iconSize: null }),
    });
    state.labels.push({ marker, bounds: layer.getBounds(), width: 6.5 * text.length + 8, iso3: p.iso3 });
  });
  map.on("zoomend", showLabels);
  showLabels();
}

function showLabels() {
  const map = state.map;
  for (const l of state.labels || []) {
    const a = map.latLngToLayerPoint(l.bounds.getSouthWest()), b = map.latLngToLayerPoint(l.bounds.getNorthEast());
    const on = Math.abs(b.x - a.x) >= l.width;
    if (on && !map.hasLayer(l.marker)) l.marker.addTo(map);
    if (!on && map.hasLayer(l.marker)) map.removeLayer(l.marker);
  }
}

// Every land border, thin and clickable: a click adds it (or removes it when chosen).
async function loadOverview(map) {
  const fc = await getJSON("/api/borders/lines");
  const renderer = L.svg({ pane: "overview" });
  L.geoJSON(fc, { pane: "overview", renderer, interactive: false, style: () => ({ color: COLORS.overview, weight: 2, opacity: 0.9 }) }).addTo(map);
  // a wide transparent twin of each line is the click target
  state.overview = L.geoJSON(fc, {
    pane: "overview",
    renderer,
    style: (f) => ({ color: "#000", weight: 12, opacity: 0.001, className: `mb-overview mb-overview-${f.properties.a}-${f.properties.b}` }),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      const click = gettext("click to add or remove");
      layer.bindTooltip(`${name(p.a)} – ${name(p.b)}: ${km(p.length_km)} ${pgettext("after a number", "km")} · ${click}`, { sticky: true });
      layer.on("click", () => { const [c, b] = defenderFor(p.a, p.b); pickBorder(c, b); });
    },
  }).addTo(map);
  return fc;
}

async function loadCountries() {
  const doc = await getJSON("/api/countries");
  for (const c of doc.countries) {
    state.countries[c.iso3] = c;
    if (!state.names[c.iso3]) state.names[c.iso3] = c.name;
  }
}

async function loadBorder(map, country, border) {
  const key = `${country}-${border}`;
  const doc = await getJSON(`/api/border/${country}/${border}`);
  const b = { country, border, doc, length_km: doc.length_km };
  state.borders[key] = b;
  if (!map) return b;
  const segs = { type: "FeatureCollection", features: doc.features.filter((f) => f.geometry.type !== "Point") };
  const pts = doc.features.filter((f) => f.geometry.type === "Point");
  const kmWord = pgettext("after a number", "km");
  const parts = gettext("land %(land)s, water %(water)s", { land: km(doc.land_km), water: km(doc.water_km) });
  const click = gettext("click to add or remove");
  const title = `${name(country)} – ${name(border)}: ${km(doc.length_km)} ${kmWord} (${parts})`;
  b.layer = L.geoJSON(segs, {
    style: (f) => Object.assign(borderStyle(f, sectionIndex(key) >= 0), { className: `mb-border mb-border-${key}` }),
    onEachFeature: (f, layer) => {
      layer.bindTooltip(`${title}<br><small>${segmentWords(f.properties.kind, whole(f.properties.start_km), whole(f.properties.end_km))} · ${click}</small>`, { sticky: true });
      layer.on("click", () => toggleBorder(key));
    },
  }).addTo(map);
  const mk = (p, major) => {
    const [x, y] = p.geometry.coordinates;
    return L.circleMarker([y, x], { radius: major ? 3.5 : 2.2, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 1, interactive: true })
      .bindTooltip(`${name(country)} – ${name(border)}: ${gettext("km %(km)s", { km: whole(p.properties.km) })}`);
  };
  b.majors = L.layerGroup(pts.filter((p) => p.properties.km % 100 === 0).map((p) => mk(p, true)));
  b.minors = L.layerGroup(pts.filter((p) => p.properties.km % 100 !== 0).map((p) => mk(p, false)));
  showMarkers(b);
  return b;
}

// km markers: every 100 km from zoom 6, every 25 km from zoom 7.5
function showMarkers(b) {
  if (!b.majors) return;
  const z = state.map.getZoom();
  const want = [[b.majors, z >= 6], [b.minors, z >= 7.5]];
  for (const [layer, on] of want) {
    if (on && !state.map.hasLayer(layer)) layer.addTo(state.map);
    if (!on && state.map.hasLayer(layer)) state.map.removeLayer(layer);
  }
}

// ------------------------------------------------------------------ assumptions of the blocks
// A block's assumptions in the reader's words: the block's and each key's label (the keys stay
// the request's, a contract; a key without a label shows as written, its "_" as spaces)
const BLOCK_WORDS = {
  production: () => pgettext("block input", "Production"),
  cost: () => pgettext("block input", "Cost"),
  clearance: () => pgettext("block input", "Clearance"),
};
const KEY_WORDS = {
  "production.pooled_by": () => pgettext("block input", "countries producing together (ISO codes)"),
  "production.capacity": () => pgettext("block input", "capacity (mines per year)"),
  "production.stock": () => pgettext("block input", "mines in stock"),
  "production.start_year": () => pgettext("block input", "start year"),
  "production.ramp_up_years": () => pgettext("block input", "ramp-up (years)"),
  "cost.currency": () => pgettext("block input", "currency"),
  "cost.unit_cost_per_mine": () => pgettext("block input", "cost per mine"),
  "cost.fence_cost_per_km": () => pgettext("block input", "fence cost per km"),
  "clearance.workforce": () => pgettext("block input", "clearance workforce"),
  "clearance.deminers": () => pgettext("block input", "deminers"),
  "clearance.cost_per_m2": () => pgettext("block input", "clearance cost per m²"),
};

function keyLabel(block, k) {
  const words = KEY_WORDS[`${block}.${k}`];
  return words ? words() : k.replace(/_/g, " ");
}

// A list of codes reads "FIN, EST, LVA" (typed back the same way); other tables stay JSON
function valueText(v) {
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ");
  return typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
}

function parseValue(text, list) {
  const t = text.trim();
  if (list && !t.startsWith("[")) return t === "" ? [] : t.split(/[,;\s]+/).filter(Boolean);
  if (t !== "" && isFinite(Number(t))) return Number(t);
  if (t.startsWith("{") || t.startsWith("[")) { try { return JSON.parse(t); } catch (e) { return t; } }
  return t;
}

function renderBlockInputs() {
  const box = $("#block-inputs");
  box.textContent = "";
  if (!state.blocks) {
    box.append(el("p", { class: "hint", text: gettext("The bundled examples are not installed: cost, production and clearance cannot be estimated here.") }));
    $("#blocks-on").checked = false;
    $("#blocks-on").disabled = true;
    return;
  }
  for (const key of BLOCK_KEYS) {
    const block = state.blocks[key];
    if (!block) continue;
    const fs = el("fieldset", {}, el("legend", { text: BLOCK_WORDS[key] ? BLOCK_WORDS[key]() : key, "data-block-label": key }));
    for (const [k, v] of Object.entries(block)) {
      const list = Array.isArray(v) ? "1" : "";
      fs.append(el("label", { class: "kv" }, el("span", { text: keyLabel(key, k), "data-key-label": `${key}.${k}` }),
        el("input", { type: "text", value: valueText(v), "data-block": key, "data-key": k, "data-list": list, "aria-label": `${key}.${k}`, oninput: schedule })));
    }
    box.append(fs);
  }
}

// The labels again, in the language just chosen (the values the reader typed stay)
function relabelBlockInputs() {
  document.querySelectorAll("#block-inputs [data-block-label]").forEach((n) => {
    const words = BLOCK_WORDS[n.dataset.blockLabel];
    n.textContent = words ? words() : n.dataset.blockLabel;
  });
  document.querySelectorAll("#block-inputs [data-key-label]").forEach((n) => {
    const [block, k] = n.dataset.keyLabel.split(".");
    n.textContent = keyLabel(block, k);
  });
}

function readBlockInputs() {
  const out = {};
  for (const key of BLOCK_KEYS) if (state.blocks[key]) out[key] = {};
  document.querySelectorAll("#block-inputs input[data-block]").forEach((inp) => {
    const v = parseValue(inp.value, inp.dataset.list === "1");
    if (v !== "") out[inp.dataset.block][inp.dataset.key] = v;
  });
  return out;
}

async function loadBlockDefaults() {
  try {
    const ex = await getJSON(`/api/examples/${BLOCKS_EXAMPLE}`);
    const blocks = {};
    for (const k of BLOCK_KEYS) if (ex.document[k]) blocks[k] = ex.document[k];
    state.blocks = Object.keys(blocks).length ? blocks : null;
  } catch (e) {
    state.blocks = null;
  }
  renderBlockInputs();
}

// ------------------------------------------------------------------ downloads
// The scenario as the page computed it: the rows it left out are written commented out,
// each under its error (downloads.js), so `minebelt estimate` reads the file back as is.
function scenarioToml() {
  const good = state.sections.filter((s) => !s.error);
  const leftOut = state.sections.filter((s) => s.error).map((s) => ({ section: sectionDoc(s), error: s.error }));
  const unc = uncertainty();
  return toToml(buildScenario(good), { samples: unc ? unc.samples : null, leftOut });
}

// ------------------------------------------------------------------ headline sentence
// The one figure that answers the question and one line of what it assumes, as the terminal
// and the report start: "85.4 million mines behind 5,820 km of land front in a 2 km belt of
// 10,100 km² ... The front is the border's land: of its 6,700 km, the 880 km along rivers and
// lakes carry no belt." (report/cards.py headline_sentence).
function headlineSentence(doc) {
  const t = doc.totals || {};
  const secs = doc.sections || [];
  const measured = secs.length > 0 && secs.every((r) => r.length_source === "measured");
  const water = secs.reduce((a, r) => a + (typeof r.water_km === "number" ? r.water_km : 0), 0);
  const skip = secs.some((r) => r.along_water === "skip");
  const front = t.belt_front_km || t.length_km;
  const landOnly = water > 0 && skip && Math.abs(front - t.length_km) > 0.5;
  const uniq = (key) => [...new Set(secs.map((r) => r[key]).filter((v) => typeof v === "number"))].sort((a, b) => a - b);
  const one = (vals, unit) => (vals.length === 1 ? `${num(vals[0], { scale: false })} ${unit}` : span(vals[0], vals[vals.length - 1], { scale: false, unit }));
  const depths = uniq("depth_km"), dens = uniq("density_per_km2");
  const rng = dist(t.mines_dist, { sig: 3, words: true });
  // the terminal's and the report's sentence, from the same catalogue (its messages name the
  // scenario first: the page has none, so the name and its colon are cut off again)
  const kw = { name: "\u0000", length: sig(t.length_km), front: sig(front), water: sig(water), mines: sig(t.mines, { words: true }), area: sig(t.area_km2), depth: depths.length ? one(depths, pgettext("after a number", "km")) : "" };
  let text = gettext("%(name)s: %(mines)s mines", kw);
  text = text.replace(/^\u0000:\s*/, "").replace("\u0000", "");
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (rng) text += ` (${gettext("90 %%: %(range)s", { range: rng })})`;
  if (landOnly) text += ` ${gettext("behind %(front)s km of land front", kw)}`;
  else if (measured) text += ` ${gettext("behind %(front)s km of land border", kw)}`;
  else text += ` ${gettext("behind %(front)s km of front", kw)}`;
  if (depths.length === 1) text += ` ${gettext("in a %(depth)s belt of %(area)s km²", kw)}`;
  else if (depths.length) text += ` ${gettext("in a belt of %(area)s km², %(depth)s deep,", kw)}`;
  else text += ` ${gettext("in a belt of %(area)s km²", kw)}`;
  // the unit apart: Babel does not extract a gettext call inside another one's arguments
  const perKm2 = gettext("mines per km²");
  if (dens.length) text += ` ${gettext("at %(density)s", { density: one(dens, perKm2) })}`;
  text = text.replace(/,$/, "");
  if (water > 0 && !landOnly) text += ` (${gettext("the belt follows rivers and lakes too: %(water)s km", kw)})`;
  text += ".";
  if (landOnly) text += ` ${gettext("The front is the border's land: of its %(length)s km, the %(water)s km along rivers and lakes carry no belt.", kw)}`;
  return text;
}

// ------------------------------------------------------------------ new scenario, clear, link
function blockEdits() {
  const edits = {};
  document.querySelectorAll("#block-inputs input[data-block]").forEach((inp) => {
    const def = state.blocks && state.blocks[inp.dataset.block] ? state.blocks[inp.dataset.block][inp.dataset.key] : undefined;
    if (def === undefined || inp.value !== valueText(def)) edits[`${inp.dataset.block}.${inp.dataset.key}`] = inp.value;
  });
  return edits;
}

function pageState() {
  return {
    depth: $("#depth").value, model: $("#model").value, custom: $("#custom-density").value,
    water: document.querySelector("input[name=water]:checked").value,
    mc: $("#mc").checked ? { pm: Number($("#pm").value), samples: Number($("#samples").value) } : null,
    blocks: $("#blocks-on").checked, sections: state.sections, edits: blockEdits(), lang: lang(),
  };
}

function stateFragment() { return toFragment(pageState()); }

// The address always holds the scenario on screen (replaced, not pushed: Back leaves the page).
function updateHash() {
  if (!state.ready) return;
  state.hash = stateFragment();
  if (location.hash.slice(1) !== state.hash) history.replaceState(null, "", `#${state.hash}`);
}

// A stated section's name: "Poland – Belarus, 400 km (stated)" in the reader's words
function statedName(c, b, len) {
  return gettext("%(pair)s, %(length)s km (stated)", { pair: `${name(c)} – ${name(b)}`, length: km(len) });
}

// A border segment's tooltip line: "land segment, km 0–120"
function segmentWords(kind, from, to) {
  const kw = { from, to };
  return kind === "water" ? gettext("river or lake segment, km %(from)s–%(to)s", kw) : gettext("land segment, km %(from)s–%(to)s", kw);
}

// Restore the controls and sections a fragment names (see share.js); borders the data does
// not have are left out and counted in the status line.
async function applyFragment(hash) {
  const f = fromFragment(hash);
  if (f.depth !== undefined) { $("#depth").value = String(f.depth); $("#depth-range").value = String(Math.min(f.depth, Number($("#depth-range").max))); }
  if (f.model && (f.model === "__custom" || state.models.some((m) => m.name === f.model))) {
    $("#model").value = f.model;
    if (f.custom !== undefined) $("#custom-density").value = String(f.custom);
    updateModelNote();
  }
  if (f.water) document.querySelector(`input[name=water][value=${f.water}]`).checked = true;
  if (f.mc) { $("#mc").checked = true; $("#pm").value = String(f.mc.pm); $("#samples").value = String(f.mc.samples); }
  else if (f.sections) $("#mc").checked = false;
  document.querySelector(".controls").classList.toggle("mc-off", !$("#mc").checked);
  if (f.blocks !== undefined && !$("#blocks-on").disabled) $("#blocks-on").checked = f.blocks;
  if (f.sections) renderBlockInputs();
  for (const [k, v] of Object.entries(f.edits || {})) {
    const [block, key] = k.split(".");
    const inp = [...document.querySelectorAll("#block-inputs input[data-block]")].find((x) => x.dataset.block === block && x.dataset.key === key);
    if (inp) inp.value = String(v);
  }
  if (!f.sections) return f;
  let skipped = f.skipped;
  state.sections = [];
  for (const s of f.sections) {
    if (s.length_km !== undefined) {
      state.sections.push({ name: statedName(s.country, s.border, s.length_km), country: s.country, border: s.border, length_km: s.length_km });
      continue;
    }
    const key = `${s.country}-${s.border}`;
    if (!state.borders[key]) {
      try { await loadBorder(state.map, s.country, s.border); } catch (e) { skipped += 1; continue; }
    }
    state.sections.push({ key, name: `${name(s.country)} – ${name(s.border)}`, country: s.country, border: s.border, from_km: s.from_km, to_km: s.to_km });
  }
  if (skipped) setStatus(ngettext("%(n)s section of the link could not be read and was left out.", "%(n)s sections of the link could not be read and were left out.", skipped, { n: count(skipped) }), "warn");
  return f;
}

// Start again: the default assumptions and no section (pick borders on the map or by search).
function newScenario() {
  $("#depth").value = "2";
  $("#depth-range").value = "2";
  if (state.models.length) $("#model").value = state.models.some((m) => m.name === "korea-peak") ? "korea-peak" : state.models[0].name;
  updateModelNote();
  document.querySelector("input[name=water][value=skip]").checked = true;
  $("#mc").checked = false;
  $("#pm").value = "25";
  $("#samples").value = "2000";
  document.querySelector(".controls").classList.add("mc-off");
  if (!$("#blocks-on").disabled) $("#blocks-on").checked = true;
  renderBlockInputs();
  $("#country-search").value = "";
  $("#search-results").textContent = "";
  $("#neighbours").textContent = "";
  state.focus = null;
  clearSections();
}

// No section, the assumptions kept.
function clearSections() {
  state.sections = [];
  renderSections();
  schedule();
}

async function copyLink() {
  updateHash();
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
    setStatus(gettext("Link to this scenario copied: it opens the same sections and assumptions."));
  } catch (e) {
    setStatus(gettext("Link to this scenario: %(url)s", { url }));
  }
}

// ------------------------------------------------------------------ wiring
function wire() {
  const range = $("#depth-range"), depthBox = $("#depth");
  range.addEventListener("input", () => { depthBox.value = range.value; schedule(); });
  depthBox.addEventListener("input", () => {
    const v = Number(depthBox.value);
    if (isFinite(v) && depthBox.value !== "") { range.value = String(Math.min(v, Number(range.max))); schedule(); }
  });
  $("#new-scenario").addEventListener("click", newScenario);
  $("#clear-sections").addEventListener("click", clearSections);
  $("#copy-link").addEventListener("click", copyLink);
  window.addEventListener("hashchange", async () => {
    if (!state.ready || location.hash.slice(1) === state.hash) return;  // our own replaceState
    await applyFragment(location.hash);
    renderSections();
    schedule();
  });
  $("#model").addEventListener("change", () => { updateModelNote(); schedule(); });
  $("#custom-density").addEventListener("input", schedule);
  document.querySelectorAll("input[name=water]").forEach((r) => r.addEventListener("change", schedule));
  const mcChanged = () => { document.querySelector(".controls").classList.toggle("mc-off", !$("#mc").checked); schedule(); };
  $("#mc").addEventListener("change", mcChanged);
  $("#pm").addEventListener("input", schedule);
  $("#samples").addEventListener("input", schedule);
  $("#blocks-on").addEventListener("change", schedule);
  mcChanged();
  $("#country-search").addEventListener("input", renderSearch);
  $("#country-search").addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    ev.preventDefault();
    const hit = searchCountries(ev.target.value)[0];
    if (hit) focusCountry(hit.iso3);
  });
  $("#add-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const c = $("#add-country").value.trim().toUpperCase(), b = $("#add-border").value.trim().toUpperCase();
    const len = Number($("#add-length").value);
    state.sections.push({ name: statedName(c, b, len), country: c, border: b, length_km: len });
    renderSections();
    schedule();
  });
  $("#dl-toml").addEventListener("click", () => download("minebelt-scenario.toml", scenarioToml(), "application/toml"));
  $("#dl-csv").addEventListener("click", () => state.result && download("minebelt-results.csv", toCsv(state.result, state.dictionary), "text/csv"));
  $("#dl-geojson").addEventListener("click", () => state.belts &&
    download("minebelt-belts.geojson", JSON.stringify(state.belts), "application/geo+json"));
}

// OpenStreetMap's notice as openstreetmap.org words it in the reader's language (the ODbL
// attribution after it as written); minebelt's clause after it in the reader's words
function dataAttribution() {
  const raw = state.info && state.info.data ? state.info.data.attribution || "© OpenStreetMap contributors, ODbL 1.0" : "© OpenStreetMap contributors, ODbL 1.0";
  const text = raw.replace("© OpenStreetMap contributors", pgettext("OpenStreetMap's copyright notice", "© OpenStreetMap contributors"));
  const m = /^([\s\S]*); data processed by ([^;()]+?) \(([^()]+)\)$/.exec(text);
  return m ? `${m[1]}; ${gettext("data processed by %(name)s (%(licence)s)", { name: m[2], licence: m[3] })}` : text;
}

function attributionText() {
  if (!state.info) return;
  const licence = state.info.data && state.info.data.license ? ` (${state.info.data.license})` : "";
  // the licence's notice with minebelt's clause in the reader's words: one text, not marked English
  const node = $("#attribution");
  node.replaceChildren(gettext("Border data:"), " ", el("cite", { class: "citation", text: dataAttribution() + licence + "." }));
}

// A measured section by its countries in the page's language; a section the user named keeps it.
function sectionName(s) {
  return lang() !== "en" && s.country && s.border ? `${name(s.country)} – ${name(s.border)}` : s.name;
}

function updateModelNote() {
  const v = $("#model").value;
  $("#custom-wrap").hidden = v !== "__custom";
  const m = state.models.find((x) => x.name === v);
  $("#model-note").textContent = m
    ? `${num(m.value, { scale: false })} ${gettext(m.unit)} — ${gettext(m.description)} (${gettext("certainty")}: ${(CERTAINTY[m.certainty] || (() => m.certainty))()})`
    : gettext("Your own density, mines per km² of belt.");
}

// the density models' units (GET /api/models), marked for the catalogue
N_("mines/km²");
N_("mines/km of front");
// a source's certainty in the page's words (sourcing.Certainty)
const CERTAINTY = { weak: () => pgettext("certainty", "weak"), medium: () => pgettext("certainty", "medium"), high: () => pgettext("certainty", "high"), unconfirmed: () => pgettext("certainty", "unconfirmed") };

// A model by its name in the reader's words ("The Korean DMZ peak"; its id stays the option's value)
function modelText(m) {
  if (!m) return gettext("custom density…");
  const label = m.label ? gettext(m.label) : m.name;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} — ${num(m.value, { scale: false })} ${gettext(m.unit)}`;
}

function fillModels() {
  const sel = $("#model");
  for (const m of state.models) sel.append(el("option", { value: m.name, text: modelText(m) }));
  sel.append(el("option", { value: "__custom", text: modelText(null) }));
  updateModelNote();
}

// The words the page wrote itself before the language changed: the density options and note,
// the countries on the map, the sources' labels.
function relabel() {
  for (const o of $("#model").options) o.textContent = modelText(state.models.find((m) => m.name === o.value) || null);
  if (state.models.length) updateModelNote();
  relabelBlockInputs();
  for (const l of state.labels || []) {
    const span = l.marker.options.icon.options.html;
    if (span && span.dataset) span.textContent = countryName(span.dataset.iso3, span.dataset.english);
  }
  attributionText();
}

// A citation as its source wrote it, in English: marked <cite lang="en"> (the page's "EN" in
// another language, as the report's); minebelt's own remarks the server cut out of it
// ({cite, remarks}, POST /api/estimate?lang=) after it in the reader's words, unmarked.
// A citation as published is English whole (marked EN); minebelt's own description of a source
// (entry.own_words) is in the reader's words, and only the titles it quotes (entry.english) are English.
function citation(entry) {
  const parts = entry.own_words ? ownWords(entry.cite, entry.english || []) : [el("cite", { class: "citation as-written", lang: "en", text: entry.cite })];
  return entry.remarks ? [...parts, ` ${entry.remarks}`] : parts;
}

function ownWords(text, english) {
  const parts = [];
  let rest = text;
  for (const title of english) {
    const at = rest.indexOf(title);
    if (at < 0) continue;
    if (at) parts.push(rest.slice(0, at));
    parts.push(el("cite", { class: "citation as-written", lang: "en", text: title }));
    rest = rest.slice(at + title.length);
  }
  if (rest) parts.push(rest);
  return parts;
}

// "Density source: <cite>…</cite>; <cite>…</cite>": each entry {cite, remarks} by citation().
function cited(node, label, entries) {
  node.textContent = "";
  const shown = entries.filter((e) => e && e.cite);
  if (shown.length) node.append(label, " ", ...shown.flatMap((e, i) => [...(i ? ["; "] : []), ...citation(e)]));
}

// The language picker: the catalogue of the language chosen (or, on a first visit, the one
// the browser's Accept-Language asks for), the page's words, its figures and its link.
async function setLanguage(code) {
  try {
    await loadLanguage(code);
  } catch (e) {
    setStatus(gettext("Language: %(error)s", { error: e.message }), "error");
    return;
  }
  translatePage();
  relabel();
  if (state.map && state.mapAttribution) {
    // the attribution's lead words are the reader's ("Rajat: © OpenStreetMap …"): swap it whole
    const words = gettext("Borders %(attribution)s", { attribution: dataAttribution() });
    state.map.attributionControl.removeAttribution(state.mapAttribution);
    state.map.attributionControl.addAttribution(words);
    state.mapAttribution = words;
  }
  const sel = $("#lang");
  if (!sel.options.length) {
    const names = languageNames();
    for (const c of LANGS) sel.append(el("option", { value: c, text: names[c] || c }));
  }
  sel.value = lang();
  if (state.ready) {
    renderResult();
    updateHash();
    // the cards' and the status line's words in the reader's language: the same figures asked
    // again (a cached answer, its cards in this language); the belts are not asked for again
    schedule();
  }
}

async function main() {
  wire();
  state.views = initViews({
    state, name, getJSON, postJSON, pickBorder, map: () => state.map,
    currentScenario: () => buildScenario(state.sections.filter((s) => !s.error)),
  });
  $("#lang").addEventListener("change", (e) => setLanguage(e.target.value));
  // a shared link's l=, else ?lang= in the address (a link typed by hand), else Accept-Language
  const asked = new URLSearchParams(location.search).get("lang");
  await setLanguage(fromFragment(location.hash).lang || (LANGS.includes(asked) ? asked : null));
  try {
    const [info, models, dictionary] = await Promise.all([getJSON("/api/info"), getJSON("/api/models"), getJSON("/api/data-dictionary")]);
    state.info = info;
    state.models = models.models;
    state.dictionary = dictionary;  // the CSV download's rounding, as the report's CSV
  } catch (e) {
    setStatus(gettext("Cannot reach the minebelt API: %(error)s", { error: e.message }), "error");
    return;
  }
  fillModels();
  $("#samples").max = String(state.info.limits.samples_max);
  // the slider and the box allow one range, the scenarios' (0, DEPTH_KM_MAX] (GET /api/info)
  $("#depth").max = $("#depth-range").max = String(state.info.limits.depth_km_max);
  attributionText();
  const map = initMap(gettext("Borders %(attribution)s", { attribution: dataAttribution() }));
  await loadBlockDefaults();
  if (!state.info.data_available) {
    const banner = $("#banner");
    banner.hidden = false;
    banner.textContent = gettext("The bundled border data is not installed: no map and no measured borders. Sections with a stated length still work.");
    $("#country-search").disabled = true;
    if (location.hash.includes("s=")) await applyFragment(location.hash);  // measured sections are left out
    else state.sections.push({ name: statedName("POL", "BLR", 400), country: "POL", border: "BLR", length_km: 400 });
    state.ready = true;
    renderSections();
    schedule();
    return;
  }
  try {
    await Promise.all([loadOutlines(map), loadCountries()]);
    await loadOverview(map);
    const flank = state.info.eastern_flank;
    const loaded = await Promise.all(flank.map((p) => loadBorder(map, p.country, p.border).catch(() => null)));
    let shown = loaded.filter(Boolean).map((b) => b.layer);
    if (location.hash.includes("s=")) {
      await applyFragment(location.hash);  // a shared link: its scenario instead of the example
      shown = state.sections.map((s) => s.key && state.borders[s.key] && state.borders[s.key].layer).filter(Boolean);
    } else {
      for (const b of loaded) if (b) addSection(b.country, b.border);
    }
    // one fit, not two: Leaflet ignores a new view while it animates to the previous one
    if (shown.length) map.fitBounds(L.featureGroup(shown).getBounds(), { padding: [20, 20], animate: false });
  } catch (e) {
    setStatus(gettext("Map data: %(error)s", { error: e.message }), "error");
  }
  state.ready = true;
  renderSections();
  schedule();
}

// for tests and the console
window.minebelt = {
  state, buildScenario, scenarioToml, toCsv: (doc) => toCsv(doc, state.dictionary), densityInterval, pickBorder,
  newScenario, clearSections, stateFragment, applyFragment,
  idle: () => !state.inflight && !state.pending && !state.scheduled && !state.beltsAbort && state.ready === true,
};
main();
