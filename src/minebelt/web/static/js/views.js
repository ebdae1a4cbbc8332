/* The page's three further views, each over one endpoint of the local API:

   world atlas   GET  /api/atlas    every side of every land border at the page's depth, ranked,
                                    coloured on the map; any side can be added to the scenario
   compare       POST /api/compare  a pinned scenario beside the current one, the difference
                                    and which inputs explain it
   article       POST /api/extract  pasted text -> its claims drafted and checked

   Each view starts with its one-sentence answer, then the detail. Every number goes through
   format.js (the rule of numbers.py). No external requests. app.js calls initViews() with the
   few functions of the page these views need. */
"use strict";

import { count, num, pct, ratio, sig, sign, year } from "./format.js";
import { el } from "./blocks.js";
import { gettext, lang, timesAgree } from "./i18n.js";

/** People within 5 km of a side's belt on the defender's side, three significant figures (as the
    estimate prints them); "no places on record" when the bundled places hold none of the
    defending country within the largest radius (GeoNames' cover is thin in places: 0 there is
    no count of people). */
export function atlasPeople(r, doc) {
  const side = r.people && r.people.defender_side;
  if (!side) return "";
  const radii = doc && doc.exposure && Array.isArray(doc.exposure.radii_km) ? doc.exposure.radii_km : [1, 5, 10];
  const largest = side[`within_${Math.max(...radii)}km`];
  if (largest && largest.places === 0) return gettext("no places on record");
  return sig(side.within_5km.population, { sig: 3, scale: false, missing: "" });
}

// Classes of mines per side (lower bounds) and their colours, as the atlas's PNG map.
export const CLASSES = [0, 1e5, 1e6, 5e6, 1e7, 2.5e7, 5e7, 1e8];
const COLOURS = ["#fff5d6", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#5c1f02"];
const ATLAS_ROWS = 20;

const $ = (sel) => document.querySelector(sel);
let app = null;

function status(id, text, kind) {
  const s = $(id);
  s.textContent = text;
  s.className = "status" + (kind ? " " + kind : "");
}

export function classOf(mines) {
  let k = 0;
  CLASSES.forEach((lo, i) => { if (mines >= lo) k = i; });
  return k;
}

// ------------------------------------------------------------------ world atlas
const atlas = { doc: null, all: false, layer: null, legend: null, lines: null };

/** ISO alpha-3 codes from free text ("EST, Latvia lie"): names matched through the page's countries. */
export function parseCountries(text, countries) {
  const out = [];
  for (const word of String(text || "").split(/[,;]+|\s+(?=[A-Za-z]{3}\b)/).map((w) => w.trim()).filter(Boolean)) {
    const up = word.toUpperCase();
    if (countries[up]) { out.push(up); continue; }
    const low = word.toLowerCase();
    const hit = Object.values(countries).find((c) => c.name.toLowerCase() === low || (c.aliases || []).some((a) => a.toLowerCase() === low));
    if (!hit) throw new Error(gettext("country = %(word)s: not a country with a land border in the bundled data (a name or ISO alpha-3 code, e.g. EST, Latvia)", { word }));
    out.push(hit.iso3);
  }
  return [...new Set(out)];
}

function atlasModel() {
  const v = $("#model").value;
  return app.state.models.some((m) => m.name === v) ? v : "korea-peak";
}

function sideName(r) { return `${app.name(r.defender)} > ${app.name(r.neighbour)}`; }

/** "At 2 km deep the largest belts would be on Finland's side of its border with Russia
    (27.9 million mines, 2,330 km²), ..., of 10 border sides." — as the terminal's headline. */
export function atlasHeadline(doc, name) {
  const rows = doc.borders.slice().sort((a, b) => (b.mines[doc.model] || 0) - (a.mines[doc.model] || 0)).slice(0, 3);
  if (!rows.length) return `No land border to rank at ${num(doc.depth_km, { scale: false })} km.`;
  const parts = rows.map((r) => `${name(r.defender)}'s side of its border with ${name(r.neighbour)} (${sig(r.mines[doc.model], { words: true })} mines, ${sig(r.belt_area_km2)} km²)`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `At ${num(doc.depth_km, { scale: false })} km deep the largest belt${rows.length === 1 ? "" : "s"} would be on ${list}, of ${count(doc.sides)} border side${doc.sides === 1 ? "" : "s"}.`;
}

/** A density model's name for a reader ("the Korean DMZ peak", GET /api/models' label, in the
    reader's language); the model's key when it has none. */
function modelLabel(name) {
  const m = (app.state.models || []).find((x) => x.name === name);
  return m && m.label ? gettext(m.label) : name;
}

function atlasBasis(doc) {
  const m = doc.models.find((x) => x.name === doc.model) || { value: NaN, unit: "" };
  const c = doc.clearance;
  return `Assumes a belt ${num(doc.depth_km, { scale: false })} km deep behind each side's land border (rivers and lakes skipped), ` +
    `mines at ${num(m.value, { scale: false })} ${m.unit}, ${modelLabel(doc.model)}; clearance by ${count(c.deminers)} deminers (${c.programme}, ${c.year}); ` +
    `people: places within 5 km on the defender's side. ${doc.data.curves}.`;
}

/** The atlas's error for a reader: a depth not measured on this machine says what to do (the
    server measures its default depth once after it starts; another depth needs one run of the
    command); any other error as the server wrote it. */
export function atlasError(e, depth) {
  const m = /(\d+) border sides would be built from the lines/.exec(e.message || "");
  if (e.status !== 422 || !m) return e.message;
  const vars = { depth: num(depth, { scale: false }), sides: count(Number(m[1])), command: `minebelt atlas --depth ${depth}` };
  return /the server is measuring this depth now/.test(e.message)
    ? gettext("The world atlas at %(depth)s km is being measured on this server for the first time (%(sides)s border sides, a few minutes, once per installation): show the atlas again then, or run “%(command)s”, or give countries to rank only their borders.", vars)
    : gettext("The world atlas at %(depth)s km is not measured on this machine yet (%(sides)s border sides): run “%(command)s” once, then show the atlas again (no restart needed), or give countries to rank only their borders.", vars);
}

async function runAtlas() {
  let countries;
  try {
    countries = parseCountries($("#atlas-countries").value, app.state.countries);
  } catch (e) {
    status("#atlas-status", e.message, "error");
    return;
  }
  const qs = new URLSearchParams({ depth_km: $("#depth").value, model: atlasModel(), sort: $("#atlas-sort").value, lang: lang() });
  for (const c of countries) qs.append("country", c);
  status("#atlas-status", gettext("Ranking every side (a depth not measured before takes a while)…"), "busy");
  $("#atlas-run").disabled = true;
  try {
    atlas.doc = await app.getJSON(`/api/atlas?${qs}`);
    atlas.all = false;
    renderAtlas();
    await paintAtlas();
    status("#atlas-status", "");
  } catch (e) {
    status("#atlas-status", atlasError(e, Number(qs.get("depth_km"))), "error");
  } finally {
    $("#atlas-run").disabled = false;
  }
}

// "same": this side is a section; "other": the neighbour's side of this border is (the page
// keeps one side of a border per scenario: ⇄ on its row swaps it).
function inScenario(r) {
  const keys = app.state.sections.map((s) => s.key);
  if (keys.includes(`${r.defender}-${r.neighbour}`)) return "same";
  return keys.includes(`${r.neighbour}-${r.defender}`) ? "other" : null;
}

function renderAtlas() {
  const doc = atlas.doc;
  if (!doc) return;
  // the sentences are the terminal's, in the reader's language (GET /api/atlas?lang=)
  const said = doc.text && doc.text.lang === lang() ? doc.text : null;
  $("#atlas-headline").textContent = said ? said.headline : atlasHeadline(doc, app.name);
  $("#atlas-basis").textContent = said ? `${said.assumes} ${said.curves}.` : atlasBasis(doc);
  const rows = atlas.all ? doc.borders : doc.borders.slice(0, ATLAS_ROWS);
  const body = $("#atlas-table tbody");
  body.replaceChildren(...rows.map((r) => {
    const there = inScenario(r);
    const add = el("button", {
      type: "button", class: "atlas-add", text: there === "same" ? gettext("added") : there === "other" ? gettext("other side in") : gettext("add"),
      title: there === "other" ? gettext("The other side of this border (%(side)s) is in the scenario: ⇄ on its row swaps the side", { side: `${app.name(r.neighbour)} > ${app.name(r.defender)}` })
        : gettext("Add this side (%(side)s) to the scenario", { side: sideName(r) }),
    });
    add.disabled = there !== null;
    add.addEventListener("click", async () => {
      await app.pickBorder(r.defender, r.neighbour, { addOnly: true, zoom: true });
      renderAtlas();
    });
    const people = atlasPeople(r, doc);
    return el("tr", { "data-side": `${r.defender}>${r.neighbour}` },
      el("td", { class: "r", text: String(r.rank) }),
      el("td", { text: sideName(r) }),
      el("td", { class: "r", text: num(r.length_km, { scale: false }) }),
      el("td", { class: "r", text: num(r.belt_area_km2, { scale: false }) }),
      el("td", { class: "r", text: num(r.mines[doc.model]) }),
      el("td", { class: "r", text: sig(r.clearance_years[doc.model], { sig: 2, scale: false }) }),
      // a figure stays on one line; "no places on record" is words and wraps
      el("td", { class: /\d/.test(people) ? "r" : "r note", text: people }),
      el("td", {}, add));
  }));
  const more = $("#atlas-more");
  more.hidden = doc.borders.length <= ATLAS_ROWS;
  more.textContent = atlas.all ? gettext("Show the first %(n)s", { n: count(ATLAS_ROWS) }) : gettext("Show all sides of borders: %(n)s (each border twice, once from each of its countries)", { n: count(doc.borders.length) });
  $("#atlas-out").hidden = false;
  const depth = Number($("#depth").value), model = atlasModel();
  if (doc.depth_km !== depth || doc.model !== model) {
    status("#atlas-status", gettext("The atlas shown is at %(depth)s km and %(model)s; “Show the atlas” for %(new_depth)s km and %(new_model)s.", { depth: num(doc.depth_km, { scale: false }), model: modelLabel(doc.model), new_depth: num(depth, { scale: false }), new_model: modelLabel(model) }), "warn");
  } else if ($("#atlas-status").classList.contains("warn")) {
    status("#atlas-status", "");
  }
}

// The map: each border line coloured by the larger of its two sides' mines, in a pane under
// the clickable overview (a click still adds the border).
async function paintAtlas() {
  const map = app.map();
  if (!map || !window.L) return;
  const L = window.L;
  if (!atlas.lines) atlas.lines = await app.getJSON("/api/borders/lines");
  if (!map.getPane("atlas")) map.createPane("atlas").style.zIndex = 355;
  if (atlas.layer) map.removeLayer(atlas.layer);
  const doc = atlas.doc;
  const most = {};
  for (const r of doc.borders) {
    const k = [r.defender, r.neighbour].sort().join("-");
    most[k] = Math.max(most[k] || 0, r.mines[doc.model] || 0);
  }
  const feats = atlas.lines.features.filter((f) => most[[f.properties.a, f.properties.b].sort().join("-")] !== undefined);
  atlas.layer = L.geoJSON({ type: "FeatureCollection", features: feats }, {
    pane: "atlas", interactive: false,
    style: (f) => ({ color: COLOURS[classOf(most[[f.properties.a, f.properties.b].sort().join("-")])], weight: 5, opacity: 0.95, className: "mb-atlas-line" }),
  });
  if ($("#atlas-on-map").checked) atlas.layer.addTo(map);
  if (!atlas.legend) {
    atlas.legend = L.control({ position: "bottomright" });
    atlas.legend.onAdd = () => {
      const d = L.DomUtil.create("div", "legend atlas-legend");
      d.append(el("div", { class: "legend-title", text: gettext("Mines per side (the larger of a border's two)") }));
      CLASSES.forEach((lo, i) => {
        const hi = CLASSES[i + 1];
        const text = hi === undefined ? gettext("%(n)s or more", { n: num(lo) }) : `${num(lo)}–${num(hi)}`;
        const sw = el("i", {});
        sw.style.background = COLOURS[i];
        d.append(el("div", {}, sw, text));
      });
      return d;
    };
  }
  if ($("#atlas-on-map").checked) atlas.legend.addTo(map);
}

function toggleAtlasMap() {
  const map = app.map();
  if (!map || !atlas.layer) return;
  if ($("#atlas-on-map").checked) { atlas.layer.addTo(map); atlas.legend.addTo(map); }
  else { map.removeLayer(atlas.layer); atlas.legend.remove(); }
}

// ------------------------------------------------------------------ compare
const cmp = { pinned: null, label: "", doc: null, seq: 0 };

function figureText(x, f) {
  if (f.unit === "money") return num(x, { currency: f.currency || "" });
  if (f.unit === "year") return year(x);
  if (f.unit === "x") return ratio(x);
  if (f.unit === "people") return count(x);
  return num(x, { unit: f.unit === "mines" ? "" : f.unit }).trim();
}

function signed(x, f) {
  if (typeof x !== "number") return "";
  if (x === 0) return "0";
  return sign(x) + figureText(Math.abs(x), f);
}

/** "The current scenario needs 4.8 million mines, 50 % of the pinned one's 9.6 million (-4.8 million)."
    The ratio by the terminal's and the report's rule (outputs/report/local_ratios.py): below 1
    a whole per cent, from 1 up "N times" to two significant figures. */
export function compareHeadline(doc) {
  const f = doc.figures.find((x) => x.path === "totals.mines");
  if (!f || typeof f.values[0] !== "number" || typeof f.values[1] !== "number") return gettext("The two scenarios have no mines to compare.");
  const [a, b] = f.values;
  if (a === b) return gettext("The current scenario needs the same %(mines)s mines as the pinned one.", { mines: sig(b, { words: true }) });
  const kw = { mines: sig(b, { words: true }), pinned: sig(a, { words: true }), change: `${sign(b - a)}${sig(Math.abs(b - a), { words: true })}` };
  const r = f.ratio[1];
  if (typeof r !== "number" || !isFinite(r)) return gettext("The current scenario needs %(mines)s mines, against the pinned one's %(pinned)s (%(change)s).", kw);
  if (r < 1 || sig(r, { sig: 2, scale: false, locale: "en" }) === "1") {
    const share = r < 0.01 ? `${sig(100 * r, { sig: 1, scale: false })}${pct(0).replace(/^0/, "")}` : pct(r);
    return gettext("The current scenario needs %(mines)s mines, %(share)s of the pinned one's %(pinned)s (%(change)s).", { ...kw, share });
  }
  const times = sig(r, { sig: 2, scale: false });
  return timesAgree(gettext("The current scenario needs %(mines)s mines, %(times)s times the pinned one's %(pinned)s (%(change)s).", { ...kw, times }), times);
}

/** Which inputs explain the difference in mines, largest effect first: "density korea-peak → reduced: -4.8 M (100 %)". */
export function explainLines(doc) {
  const att = (doc.attribution || []).find((a) => a.scenario === 1);
  if (!att) return [];
  if (att.not_estimated) return [`Which inputs explain it: not estimated (${att.not_estimated}).`];
  const f = doc.figures.find((x) => x.path === "totals.mines") || { unit: "mines" };
  const lines = att.inputs
    .filter((i) => typeof i.effects["totals.mines"] === "number")
    .sort((p, q) => Math.abs(q.effects["totals.mines"]) - Math.abs(p.effects["totals.mines"]))
    .map((i) => `${i.input}: ${short(i.from)} → ${short(i.to)}: ${signed(i.effects["totals.mines"], f)} mines` +
      (typeof i.share["totals.mines"] === "number" ? ` (${pct(i.share["totals.mines"])} of the difference)` : ""));
  const inter = att.interaction && att.interaction["totals.mines"];
  if (typeof inter === "number" && Math.abs(inter) >= 0.5) lines.push(`together (interaction): ${signed(inter, f)} mines`);
  return lines;
}

function short(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s === undefined ? "none" : s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function pin() {
  const sc = app.currentScenario();
  if (!sc.sections.length) { status("#compare-status", gettext("Nothing to pin: add a section first."), "error"); return; }
  cmp.pinned = JSON.parse(JSON.stringify(sc));
  cmp.label = `${sc.name} (pinned ${new Date().toLocaleTimeString("en-GB")})`;
  $("#pinned-label").textContent = `Pinned: ${cmp.label}`;
  $("#unpin").disabled = false;
  status("#compare-status", "Pinned. Change the scenario: the comparison follows.");
  runCompare();
}

function unpin() {
  cmp.pinned = null;
  cmp.doc = null;
  $("#pinned-label").textContent = "Nothing pinned.";
  $("#unpin").disabled = true;
  $("#compare-out").hidden = true;
  status("#compare-status", "");
}

async function runCompare() {
  if (!cmp.pinned) return;
  const cur = app.currentScenario();
  if (!cur.sections.length) { status("#compare-status", gettext("The current scenario has no section to compare."), "warn"); return; }
  const seq = ++cmp.seq;
  status("#compare-status", "Comparing…", "busy");
  try {
    const doc = await app.postJSON("/api/compare", { scenarios: [cmp.pinned, cur] });
    if (seq !== cmp.seq) return;  // a newer comparison is on its way
    cmp.doc = doc;
    renderCompare();
    status("#compare-status", "");
  } catch (e) {
    if (seq === cmp.seq) status("#compare-status", e.message, "error");
  }
}

function renderCompare() {
  const doc = cmp.doc;
  $("#compare-headline").textContent = compareHeadline(doc);
  const rows = doc.figures.filter((f) => f.values.some((v) => typeof v === "number"));
  $("#compare-table tbody").replaceChildren(...rows.map((f) => el("tr", { "data-path": f.path },
    el("td", { text: f.label }),
    el("td", { class: "r", text: figureText(f.values[0], f) }),
    el("td", { class: "r", text: figureText(f.values[1], f) }),
    el("td", { class: "r", text: signed(f.difference[1], f) }),
    // a ratio of calendar years (2130 / 2105) means nothing: none for year rows
    el("td", { class: "r", text: typeof f.ratio[1] === "number" && f.unit !== "year" ? ratio(f.ratio[1]) : "" }))));
  $("#compare-explain").replaceChildren(...explainLines(doc).map((t) => el("li", { text: t })));
  $("#compare-out").hidden = false;
}

// ------------------------------------------------------------------ article
const art = { doc: null };
// worst first, in the terminal's and the report's words (outputs/verdicts.py): [code, one, several]
const VERDICT_WORDS = [
  ["does-not-hold", "does not hold", "do not hold"], ["error", "error", "errors"], ["imprecise", "imprecise", "imprecise"],
  ["unverifiable", "unverifiable", "unverifiable"], ["holds", "holds", "hold"], ["stated", "stated", "stated"],
  ["not-checked", "not checked", "not checked"], ["out-of-scope", "out of scope", "out of scope"],
];
// claims minebelt did not recompute: "checked" is said only of the others
const NOT_RECOMPUTED = new Set(["stated", "not-checked", "out-of-scope"]);
const VERDICT_CODES = VERDICT_WORDS.map((w) => w[0]);
const verdictRank = (k) => (VERDICT_CODES.includes(k) ? VERDICT_CODES.indexOf(k) : VERDICT_CODES.length);
function verdictWords(k, n) {
  const w = VERDICT_WORDS.find((x) => x[0] === k) || [k, String(k).replace(/-/g, " "), String(k).replace(/-/g, " ")];
  return n === 1 ? w[1] : w[2];
}

/** "7 claims found: 3 checked (1 does not hold, 2 hold); 4 not recomputed (4 stated)." from the
 * factcheck summary ({verdict code: count}), worst first. */
export function articleHeadline(doc) {
  const s = doc.factcheck.summary || {};
  const n = doc.draft.claims.length;
  if (!n) return "No quantity of the domain found in this text (km, km², mines, densities, years, money, shares).";
  const keys = Object.keys(s).filter((k) => s[k] > 0).sort((a, b) => verdictRank(a) - verdictRank(b) || a.localeCompare(b));
  const words = (k) => `${count(s[k])} ${verdictWords(k, s[k])}`;
  const part = (ks, label) => {
    const total = ks.reduce((a, k) => a + s[k], 0);
    return ks.length ? [`${count(total)} ${label} (${ks.map(words).join(", ")})`] : [];
  };
  const parts = [...part(keys.filter((k) => !NOT_RECOMPUTED.has(k)), "checked"), ...part(keys.filter((k) => NOT_RECOMPUTED.has(k)), "not recomputed")];
  return `${count(n)} claim${n === 1 ? "" : "s"} found: ` + parts.join("; ") + ".";
}

async function runArticle() {
  const text = $("#article-text").value;
  if (!text.trim()) { status("#article-status", "request: text: paste the article's text first", "error"); return; }
  status("#article-status", gettext("Reading the article and checking its claims…"), "busy");
  $("#article-run").disabled = true;
  try {
    const body = { text };
    const src = $("#article-source").value.trim();
    if (src) body.source = src;
    // the claims' words in the reader's language come with the (English) document
    art.doc = await app.postJSON(lang() !== "en" ? `/api/extract?lang=${lang()}` : "/api/extract", body);
    renderArticle();
    status("#article-status", "");
  } catch (e) {
    status("#article-status", e.message, "error");
  } finally {
    $("#article-run").disabled = false;
  }
}

function renderArticle() {
  const doc = art.doc;
  const said = doc.text && doc.text.lang === lang() && lang() !== "en" ? doc.text.summary : "";
  $("#article-headline").textContent = said || articleHeadline(doc);
  const claims = (doc.factcheck.claims || []).slice().sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict));
  // in another language the server's words (POST /api/extract?lang=): the terminal's, with the
  // checker's English note marked lang="en", as written
  const local = doc.text && doc.text.lang === lang() && lang() !== "en" ? doc.text.claims || {} : {};
  // the checker's sentence is in the reader's words; the article's words it quotes stay as the
  // article wrote them (English), marked lang="en" like the report's citations
  const quotedAsWritten = (text) => text.split(/([„“”"«][^„“”"»]*[”“"»])/).map((part, i) =>
    i % 2 ? el("span", { lang: "en", class: "as-written", text: part }) : part);
  $("#article-claims").replaceChildren(...claims.map((c) => {
    const t = local[c.id];
    if (t) {
      return el("li", { class: `claim v-${c.verdict}`, "data-id": c.id },
        el("span", { class: "verdict", text: t.verdict }),
        el("span", { class: "stated", text: ` ${t.line}` }),
        // the article's sentence as it wrote it (the extractor reads English articles)
        el("q", { lang: "en", class: "as-written", text: c.quote || "" }),
        t.lead || t.own_note || t.note ? el("div", { class: "hint" }, ...quotedAsWritten([t.lead, t.own_note].filter(Boolean).join(" ")),
          (t.lead || t.own_note) && t.note ? " " : "",
          t.note ? el("span", { lang: "en", class: "as-written", text: t.note }) : "") : "");
    }
    return el("li", { class: `claim v-${c.verdict}`, "data-id": c.id },
      el("span", { class: "verdict", text: c.verdict_text || verdictWords(c.verdict, 1) }),
      el("span", { class: "stated", text: ` ${c.stated_text || ""}` }),
      c.computed_text ? el("span", { class: "computed", text: ` · ours: ${c.computed_text}` }) : "",
      el("q", { text: c.quote || "" }),
      c.explanation ? el("div", { class: "hint", text: c.explanation }) : "");
  }));
  $("#article-out").hidden = false;
}

function downloadClaims() {
  if (!art.doc) return;
  const url = URL.createObjectURL(new Blob([art.doc.claims_toml], { type: "application/toml" }));
  const a = el("a", { href: url, download: "claims.toml" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ------------------------------------------------------------------ wiring
/** app: {state, name, map(), getJSON, postJSON, pickBorder, currentScenario}. */
export function initViews(page) {
  app = page;
  $("#atlas-run").addEventListener("click", runAtlas);
  $("#atlas-more").addEventListener("click", () => { atlas.all = !atlas.all; renderAtlas(); });
  $("#atlas-on-map").addEventListener("change", toggleAtlasMap);
  $("#pin").addEventListener("click", pin);
  $("#unpin").addEventListener("click", unpin);
  $("#article-run").addEventListener("click", runArticle);
  $("#article-claims-dl").addEventListener("click", downloadClaims);
  // a new estimate: the atlas marks the sides now in the scenario, the comparison follows
  document.addEventListener("minebelt:result", () => { renderAtlas(); runCompare(); });
  return { atlas, cmp, art, runAtlas, runCompare, runArticle };
}
