/* minebelt web app: map + scenario controls over the local JSON API. No external requests. */
"use strict";

(function () {
  const $ = (sel) => document.querySelector(sel);
  const NAMES = {
    FIN: "Finland", EST: "Estonia", LVA: "Latvia", LTU: "Lithuania", POL: "Poland",
    UKR: "Ukraine", RUS: "Russia", BLR: "Belarus",
  };
  const COLORS = { land: "#b3261e", water: "#2b6cb0", off: "#7d8896", offWater: "#8fa9c6", belt: "#e06a1b" };
  const DEBOUNCE_MS = 250;

  const state = {
    info: null,
    models: [],
    borders: {},      // "FIN-RUS" -> {country, border, doc, layer, length_km}
    sections: [],     // {key?, name, country, border, from_km?, to_km?, length_km?}
    result: null,
    inflight: false,
    pending: false,
    timer: null,
    map: null,
    beltLayer: null,
    names: Object.assign({}, NAMES),
  };

  // ------------------------------------------------------------------ formatting
  const nf0 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const nf1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
  const nf2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function fmtMines(x) {
    if (x === null || x === undefined || !isFinite(x)) return "n/a";
    if (Math.abs(x) >= 1e6) return nf2.format(x / 1e6) + " million";
    return nf0.format(x);
  }
  function fmtMinesShort(x) {
    if (x === null || x === undefined || !isFinite(x)) return "n/a";
    if (Math.abs(x) >= 1e5) return nf2.format(x / 1e6) + " M";
    return nf0.format(x);
  }
  const fmtKm = (x) => (x === null || x === undefined || !isFinite(x) ? "n/a" : nf0.format(x));
  const name = (code) => code.split("+").map((c) => state.names[c] || c).join(" + ");

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function setStatus(text, kind) {
    const s = $("#status");
    s.textContent = text;
    s.className = "status" + (kind ? " " + kind : "");
  }

  async function getJSON(url, opts) {
    const r = await fetch(url, opts);
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = new Error((body && body.detail) || `${r.status} ${r.statusText}`);
      err.status = r.status;
      throw err;
    }
    return body;
  }

  // ------------------------------------------------------------------ scenario
  function densityValue() {
    const v = $("#model").value;
    if (v === "__custom") return { kind: "areal", value: Number($("#custom-density").value), model: null };
    const m = state.models.find((x) => x.name === v);
    return { kind: m ? m.kind : "areal", value: m ? m.value : NaN, model: v };
  }

  function depthKm() { return Number($("#depth").value); }

  function uncertainty() {
    if (!$("#mc").checked) return null;
    return { pm: Number($("#pm").value) / 100, samples: Math.round(Number($("#samples").value)) };
  }

  function round(x, d) { const f = Math.pow(10, d); return Math.round(x * f) / f; }

  function buildScenario() {
    const d = densityValue();
    const unc = uncertainty();
    const defaults = { depth_km: depthKm(), along_water: document.querySelector("input[name=water]:checked").value };
    const key = d.kind === "linear" ? "density_per_km_front" : "density";
    if (unc && unc.pm > 0 && isFinite(d.value)) {
      defaults[key] = `${round(d.value * (1 - unc.pm), 3)} to ${round(d.value * (1 + unc.pm), 3)}`;
    } else if (d.model) {
      defaults.density = d.model;
    } else {
      defaults[key] = d.value;
    }
    const sections = state.sections.map((s) => {
      const o = { name: s.name, country: s.country, border: s.border };
      if (s.length_km !== undefined) o.length_km = s.length_km;
      if (s.from_km !== undefined && s.from_km !== null) o.from_km = s.from_km;
      if (s.to_km !== undefined && s.to_km !== null) o.to_km = s.to_km;
      return o;
    });
    const label = d.model ? d.model : `${nf0.format(d.value)} mines/km²`;
    return {
      name: `Web app: ${sections.length} section${sections.length === 1 ? "" : "s"}, ${defaults.depth_km} km deep, ${label}`,
      source: "minebelt web app",
      defaults: defaults,
      sections: sections,
    };
  }

  // ------------------------------------------------------------------ estimate
  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(runEstimate, DEBOUNCE_MS);
  }

  // One request at a time: changes made while it runs are sent, coalesced, when it returns.
  async function runEstimate() {
    if (state.inflight) { state.pending = true; return; }
    if (!state.sections.length) {
      state.result = null;
      renderResult();
      setStatus("Add a section: click a border on the map.");
      return;
    }
    const problem = checkInputs();
    if (problem) {
      setStatus(problem, "error");
      return;
    }
    const scenario = buildScenario();
    const unc = uncertainty();
    const qs = unc && unc.samples > 0 ? `?samples=${unc.samples}&seed=0` : "";
    state.inflight = true;
    setStatus("Computing…", "busy");
    const slow = setTimeout(() => setStatus("Computing the belts on the measured borders (a new depth takes a few seconds)…", "busy"), 1500);
    document.querySelector(".headline").classList.add("stale");
    const t0 = performance.now();
    try {
      const doc = await getJSON("/api/estimate" + qs, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(scenario),
      });
      state.result = doc;
      state.scenario = scenario;
      renderResult();
      if (!state.pending) {
        document.querySelector(".headline").classList.remove("stale");
        setStatus(`Updated in ${nf0.format(performance.now() - t0)} ms.`);
      }
    } catch (e) {
      if (!state.pending) setStatus(e.message, "error");
    } finally {
      clearTimeout(slow);
      state.inflight = false;
      if (state.pending) {
        state.pending = false;
        runEstimate();
      }
    }
  }

  // The API checks everything too (HTTP 422 naming the field); these checks only spare a
  // round trip, and the browser's console an error line, for the controls' own ranges.
  function checkInputs() {
    const lim = state.info ? state.info.limits : { depth_km_max: 50, density_per_km2_max: 100000, samples_max: 100000 };
    const depth = $("#depth").value === "" ? NaN : depthKm();
    if (!(depth > 0 && depth <= lim.depth_km_max)) return `defaults.depth_km = ${$("#depth").value || "(empty)"}: must lie in (0, ${lim.depth_km_max}] km`;
    const d = densityValue();
    if (d.model === null && !(d.value > 0 && d.value <= lim.density_per_km2_max)) {
      return `defaults.density = ${$("#custom-density").value || "(empty)"}: must lie in (0, ${nf0.format(lim.density_per_km2_max)}] mines/km²`;
    }
    const unc = uncertainty();
    if (unc) {
      if (!(unc.samples >= 1 && unc.samples <= lim.samples_max)) return `samples = ${$("#samples").value || "(empty)"}: must lie in [1, ${nf0.format(lim.samples_max)}]`;
      if (!(unc.pm >= 0 && unc.pm < 1)) return `± ${$("#pm").value || "(empty)"} %: must lie in [0, 100)`;
    }
    for (const s of state.sections) {
      if (s.length_km !== undefined && !(s.length_km > 0 && s.length_km <= 25000)) return `${s.name}: length_km = ${s.length_km}: must lie in (0, 25000] km`;
      if (s.from_km !== undefined && !(s.from_km >= 0)) return `${s.name}: from_km = ${s.from_km}: must be >= 0`;
      if (s.to_km !== undefined && !(s.to_km > (s.from_km || 0))) return `${s.name}: to_km = ${s.to_km}: must be greater than from_km (${s.from_km || 0})`;
    }
    return null;
  }

  // ------------------------------------------------------------------ rendering
  function renderResult() {
    const doc = state.result;
    const t = doc ? doc.totals : null;
    $("#total-mines").textContent = t ? fmtMines(t.mines) : "—";
    const dist = t && t.mines_dist;
    $("#total-interval").textContent = dist ? `90 % interval: ${fmtMines(dist.p05)} to ${fmtMines(dist.p95)}` : "";
    $("#basis").textContent = doc ? basisText() : "";
    $("#total-area").textContent = t ? `${fmtKm(t.area_km2)} km²` : "—";
    $("#total-length").textContent = t ? `${fmtKm(t.length_km)} km` : "—";
    $("#total-perkm").textContent = t ? fmtKm(t.mines_per_km_front) : "—";
    renderSections();
    renderBelts();
    const src = doc && doc.provenance && doc.provenance.model_sources;
    $("#sources").textContent = src && src.length ? "Density source: " + src.join("; ") : "";
    $("#dl-csv").disabled = !doc;
    $("#dl-geojson").disabled = !(doc && doc.belts && doc.belts.features.length);
  }

  function basisText() {
    const sc = state.scenario;
    if (!sc) return "";
    const d = sc.defaults;
    const dens = d.density !== undefined ? d.density : d.density_per_km_front;
    const m = state.models.find((x) => x.name === dens);
    const densText = m ? `${nf0.format(m.value)} ${m.unit} (${m.name})` : `${typeof dens === "number" ? nf0.format(dens) : dens} ${d.density_per_km_front !== undefined ? "mines/km of front" : "mines/km²"}`;
    const water = d.along_water === "skip" ? "no belt along rivers and lakes" : "belt along rivers and lakes too";
    return `${d.depth_km} km deep × ${densText}; ${water}.`;
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
    const rows = state.result ? state.result.sections : [];
    state.sections.forEach((s, i) => {
      const r = rows[i] && rows[i].name === s.name ? rows[i] : null;
      const b = s.key ? state.borders[s.key] : null;
      const water = r && r.water_km ? ` · ${fmtKm(r.water_km)} km water` : "";
      const nameCell = el("td", {}, s.name, el("span", { class: "kind", text: (s.length_km !== undefined ? "stated length" : "measured") + water }));
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
      body.append(el("tr", {},
        nameCell, fromCell, toCell,
        el("td", { class: "r", text: r ? fmtKm(r.length_km) : "" }),
        el("td", { class: "r", text: r ? fmtKm(r.area_km2) : "" }),
        el("td", { class: "r", text: r ? fmtMinesShort(r.mines) : "" }),
        el("td", {}, el("button", { class: "rm", type: "button", title: "Remove this section", "aria-label": `Remove ${s.name}`, text: "×", onclick: () => removeSection(i) }))
      ));
    });
    const foot = $("#sections tfoot");
    foot.textContent = "";
    if (state.result && state.sections.length) {
      const t = state.result.totals;
      foot.append(el("tr", {},
        el("td", { text: "Total", colspan: "3" }),
        el("td", { class: "r", text: fmtKm(t.length_km) }),
        el("td", { class: "r", text: fmtKm(t.area_km2) }),
        el("td", { class: "r", text: fmtMinesShort(t.mines) }),
        el("td", {})
      ));
    }
    styleBorders();
  }

  function renderBelts() {
    if (!state.map) return;
    if (state.beltLayer) { state.map.removeLayer(state.beltLayer); state.beltLayer = null; }
    const fc = state.result && state.result.belts;
    if (!fc || !fc.features.length) return;
    state.beltLayer = L.geoJSON(fc, {
      style: { color: "#a8480f", weight: 1, fillColor: COLORS.belt, fillOpacity: 0.6 },
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.bindTooltip(`${p.name}: ${fmtKm(p.area_km2)} km², ${fmtMines(p.mines)} mines`, { sticky: true });
      },
    }).addTo(state.map);
    Object.values(state.borders).forEach((b) => [b.majors, b.minors].forEach((g) => g && g.eachLayer((m) => m.bringToFront())));
  }

  // ------------------------------------------------------------------ sections
  function sectionIndex(key) { return state.sections.findIndex((s) => s.key === key); }

  function toggleBorder(key) {
    const i = sectionIndex(key);
    if (i >= 0) state.sections.splice(i, 1);
    else {
      const b = state.borders[key];
      state.sections.push({ key: key, name: `${name(b.country)} – ${name(b.border)}`, country: b.country, border: b.border });
    }
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
      // a stretch lights up only the segments it touches (segments carry their km range)
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

  // ------------------------------------------------------------------ map
  function initMap(attribution) {
    const bb = state.info.page_outlines.bbox;
    const map = L.map("map", {
      zoomControl: true, minZoom: 3, maxZoom: 11, zoomSnap: 0.5,
      maxBounds: [[bb[1] - 5, bb[0] - 20], [bb[3] + 5, bb[2] + 20]], maxBoundsViscosity: 0.8,
    });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(attribution);
    map.setView([56, 27], 5);
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () => {
      const d = L.DomUtil.create("div", "legend");
      d.innerHTML = '<div><i class="land"></i>land border, in a section</div>' +
        '<div><i class="water"></i>river or lake border</div>' +
        '<div><i class="off"></i>land border, not selected</div>' +
        '<div><i class="belt"></i>belt</div>' +
        '<div><i class="km"></i>km from the border\'s km 0 (zoom in)</div>';
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
    L.geoJSON(fc, {
      interactive: false,
      renderer: L.canvas({ padding: 0.5 }),
      style: (f) => {
        const flank = Object.prototype.hasOwnProperty.call(NAMES, f.properties.iso3);
        return { color: "#a9b3bf", weight: 0.7, fillColor: flank ? "#f3f1e8" : "#fbfbf7", fillOpacity: 1 };
      },
    }).addTo(map);
    for (const f of fc.features) if (f.properties.name) state.names[f.properties.iso3] = state.names[f.properties.iso3] || f.properties.name;
  }

  async function loadBorder(map, country, border) {
    const key = `${country}-${border}`;
    const doc = await getJSON(`/api/border/${country}/${border}`);
    const b = { country, border, doc, length_km: doc.length_km };
    state.borders[key] = b;
    const segs = { type: "FeatureCollection", features: doc.features.filter((f) => f.geometry.type !== "Point") };
    const pts = doc.features.filter((f) => f.geometry.type === "Point");
    const title = `${name(country)} – ${name(border)}: ${fmtKm(doc.length_km)} km (land ${fmtKm(doc.land_km)}, water ${fmtKm(doc.water_km)})`;
    b.layer = L.geoJSON(segs, {
      style: (f) => Object.assign(borderStyle(f, sectionIndex(key) >= 0), { className: `mb-border mb-border-${key}` }),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(`${title}<br><small>${f.properties.kind} segment, km ${nf1.format(f.properties.start_km)}–${nf1.format(f.properties.end_km)} · click to add or remove</small>`, { sticky: true });
        layer.on("click", () => toggleBorder(key));
      },
    }).addTo(map);
    const mk = (p, major) => {
      const [x, y] = p.geometry.coordinates;
      return L.circleMarker([y, x], { radius: major ? 3.5 : 2.2, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 1 })
        .bindTooltip(`${name(country)} – ${name(border)}: km ${nf0.format(p.properties.km)}`);
    };
    b.majors = L.layerGroup(pts.filter((p) => p.properties.km % 100 === 0).map((p) => mk(p, true)));
    b.minors = L.layerGroup(pts.filter((p) => p.properties.km % 100 !== 0).map((p) => mk(p, false)));
    showMarkers(b);
    return b;
  }

  // km markers: every 100 km from zoom 6, every 25 km from zoom 7.5
  function showMarkers(b) {
    const z = state.map.getZoom();
    const want = [[b.majors, z >= 6], [b.minors, z >= 7.5]];
    for (const [layer, on] of want) {
      if (on && !state.map.hasLayer(layer)) layer.addTo(state.map);
      if (!on && state.map.hasLayer(layer)) state.map.removeLayer(layer);
    }
  }

  // ------------------------------------------------------------------ downloads
  function download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const a = el("a", { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function tomlValue(v) {
    if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
    return JSON.stringify(String(v));
  }

  function toToml(sc) {
    const lines = [
      `# minebelt scenario, written by the web app on ${new Date().toISOString().slice(0, 10)}`,
      "# run: minebelt estimate this-file.toml" + (uncertainty() ? ` --samples ${uncertainty().samples} --seed 0` : ""),
      `name = ${tomlValue(sc.name)}`,
      `source = ${tomlValue(sc.source)}`,
      "",
      "[defaults]",
    ];
    for (const [k, v] of Object.entries(sc.defaults)) lines.push(`${k} = ${tomlValue(v)}`);
    for (const s of sc.sections) {
      lines.push("", "[[sections]]");
      for (const [k, v] of Object.entries(s)) lines.push(`${k} = ${tomlValue(v)}`);
    }
    return lines.join("\n") + "\n";
  }

  function csvCell(v) {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }

  function toCsv(doc) {
    const cols = ["name", "country", "border", "length_source", "length_km", "land_km", "water_km", "depth_km", "area_km2",
      "density_per_km2", "mines", "mines_per_km_front", "from_km", "to_km"];
    const mc = doc.totals.mines_dist !== undefined;
    const head = cols.concat(mc ? ["mines_p05", "mines_p50", "mines_p95"] : []);
    const out = [head.join(",")];
    for (const r of doc.sections) {
      const row = cols.map((c) => csvCell(r[c]));
      if (mc) row.push(...["p05", "p50", "p95"].map((q) => csvCell(r.mines_dist ? r.mines_dist[q] : "")));
      out.push(row.join(","));
    }
    const t = doc.totals;
    const total = cols.map((c) => (c === "name" ? "Total" : ["length_km", "area_km2", "mines", "mines_per_km_front"].includes(c) ? csvCell(t[c]) : ""));
    if (mc) total.push(...["p05", "p50", "p95"].map((q) => csvCell(t.mines_dist[q])));
    out.push(total.join(","));
    return out.join("\n") + "\n";
  }

  // ------------------------------------------------------------------ wiring
  function wire() {
    const range = $("#depth-range"), num = $("#depth");
    range.addEventListener("input", () => { num.value = range.value; schedule(); });
    num.addEventListener("input", () => {
      const v = Number(num.value);
      if (isFinite(v) && num.value !== "") { range.value = String(Math.min(v, Number(range.max))); schedule(); }
    });
    $("#model").addEventListener("change", () => { updateModelNote(); schedule(); });
    $("#custom-density").addEventListener("input", schedule);
    document.querySelectorAll("input[name=water]").forEach((r) => r.addEventListener("change", schedule));
    const mcChanged = () => { document.querySelector(".controls").classList.toggle("mc-off", !$("#mc").checked); schedule(); };
    $("#mc").addEventListener("change", mcChanged);
    $("#pm").addEventListener("input", schedule);
    $("#samples").addEventListener("input", schedule);
    mcChanged();
    $("#add-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const c = $("#add-country").value.trim().toUpperCase(), b = $("#add-border").value.trim().toUpperCase();
      const len = Number($("#add-length").value);
      state.sections.push({ name: `${name(c)} – ${name(b)}, ${nf0.format(len)} km (stated)`, country: c, border: b, length_km: len });
      renderSections();
      schedule();
    });
    $("#dl-toml").addEventListener("click", () => download("minebelt-scenario.toml", toToml(buildScenario()), "application/toml"));
    $("#dl-csv").addEventListener("click", () => state.result && download("minebelt-results.csv", toCsv(state.result), "text/csv"));
    $("#dl-geojson").addEventListener("click", () => state.result && state.result.belts &&
      download("minebelt-belts.geojson", JSON.stringify(state.result.belts), "application/geo+json"));
  }

  function updateModelNote() {
    const v = $("#model").value;
    $("#custom-wrap").hidden = v !== "__custom";
    const m = state.models.find((x) => x.name === v);
    $("#model-note").textContent = m ? `${nf0.format(m.value)} ${m.unit} — ${m.description} (certainty: ${m.certainty})` : "Your own density, mines per km² of belt.";
  }

  function fillModels() {
    const sel = $("#model");
    for (const m of state.models) sel.append(el("option", { value: m.name, text: `${m.name} — ${nf0.format(m.value)} ${m.unit}` }));
    sel.append(el("option", { value: "__custom", text: "custom density…" }));
    updateModelNote();
  }

  async function main() {
    wire();
    try {
      const [info, models] = await Promise.all([getJSON("/api/info"), getJSON("/api/models")]);
      state.info = info;
      state.models = models.models;
    } catch (e) {
      setStatus("Cannot reach the minebelt API: " + e.message, "error");
      return;
    }
    fillModels();
    $("#samples").max = String(state.info.limits.samples_max);
    $("#depth").max = String(state.info.limits.depth_km_max);
    const attribution = state.info.data ? state.info.data.attribution || "© OpenStreetMap contributors, ODbL 1.0" : "© OpenStreetMap contributors, ODbL 1.0";
    $("#attribution").textContent = "Border data: " + attribution + (state.info.data && state.info.data.license ? ` (${state.info.data.license})` : "") + ".";
    const map = initMap("Borders " + attribution);
    if (!state.info.data_available) {
      const banner = $("#banner");
      banner.hidden = false;
      banner.textContent = "The bundled border data is not installed: no map and no measured borders. Sections with a stated length still work.";
      state.sections.push({ name: "Poland – Belarus, 400 km (stated)", country: "POL", border: "BLR", length_km: 400 });
      renderSections();
      schedule();
      return;
    }
    try {
      await loadOutlines(map);
      const flank = state.info.eastern_flank;
      const loaded = await Promise.all(flank.map((p) => loadBorder(map, p.country, p.border).catch(() => null)));
      const group = L.featureGroup(loaded.filter(Boolean).map((b) => b.layer));
      if (group.getLayers().length) map.fitBounds(group.getBounds(), { padding: [20, 20] });
      for (const b of loaded) if (b) state.sections.push({ key: `${b.country}-${b.border}`, name: `${name(b.country)} – ${name(b.border)}`, country: b.country, border: b.border });
    } catch (e) {
      setStatus("Map data: " + e.message, "error");
    }
    renderSections();
    schedule();
  }

  window.minebelt = { state: state, buildScenario: buildScenario, toToml: toToml, toCsv: toCsv };  // for tests and the console
  main();
})();
