/* What the belt costs, how long it takes to make, what it leaves behind and who lives near it:
   cards rendered from the minebelt.estimate/1 document. Each reader tolerates missing fields
   and says "not estimated" rather than guessing (the blocks' fields are being redesigned:
   every field read is named once, here). */
"use strict";

import { fmt, fmtDist } from "./format.js";

const NOT = "not estimated";

function get(obj, path) {
  let cur = obj;
  for (const k of path.split(".")) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    cur = cur[k];
  }
  return cur;
}

function num(obj, path) {
  const v = get(obj, path);
  return typeof v === "number" && isFinite(v) ? v : null;
}

function dist(obj, path) {
  const d = get(obj, path + "_dist");
  return d && typeof d === "object" ? d : null;
}

export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== "") e.append(c);
  return e;
}

// One figure: value, its 90 % interval when sampled, and a detail line.
function figure(id, label, value, range, detail) {
  return el("div", { class: "card", id: id },
    el("div", { class: "label", text: label }),
    el("div", { class: "value" + (value === NOT ? " none" : ""), text: value }),
    range ? el("div", { class: "range", text: `90 %: ${range}` }) : null,
    detail ? el("div", { class: "detail", text: detail }) : null);
}

export function costCard(doc) {
  const c = doc && doc.cost;
  const total = num(c, "total");
  if (!c || total === null) return figure("card-cost", "Cost to build", NOT, "", "Tick “cost, production and clearance” under the assumptions.");
  const cur = get(c, "currency") || "";
  // the fence part under the label the block gives it ("border-fence proxy (anti-migration barriers: ...)")
  const fenceLabel = typeof get(c, "fence_label") === "string" ? get(c, "fence_label") : "marking and fence";
  const parts = [["mines", "mines_cost"], ["laying", "laying_cost"], [fenceLabel, "fence_cost"]]
    .map(([label, key]) => [label, num(c, key)])
    .map(([label, v]) => (v === null ? `${label} ${NOT}` : `${label} ${fmt(v)}`));
  const rate = get(c, "exchange_rate.date");
  const notes = [parts.join(" + ")];
  if (typeof get(c, "price_basis") === "string") notes.push(get(c, "price_basis"));  // price years, not adjusted for inflation
  if (typeof rate === "string") notes.push(`converted at the ECB reference rate of ${rate}`);
  else if (get(c, "exchange_rate")) notes.push("each sourced figure converted at the ECB reference rate of its price date");
  const budgets = (Array.isArray(c.budgets) ? c.budgets : []).filter((b) => b && isFinite(b.share_of_costed_belt))
    .map((b) => `${b.country} ${b.programme} ${fmt(b.amount, { prefix: b.currency })}: ${b.share_of_costed_belt >= 1 ? fmt(b.share_of_costed_belt, { sig: 2 }) + " times" : fmt(100 * b.share_of_costed_belt, { sig: 2 }) + " % of"} its costed belt`);
  if (budgets.length) notes.push(`announced budgets beside it (plans, not judged): ${budgets.join("; ")}`);
  const label = get(c, "complete") === false ? "Cost to build (costed parts)" : "Cost to build";
  return figure("card-cost", label, fmt(total, { prefix: cur }), fmtDist(dist(c, "total"), { prefix: cur }), notes.join("; "));
}

// "FIN+EST+LVA+LTU+POL+UKR (pooled)" or "POL".
function groupLabel(g) {
  return `${g.group}${g.pooled ? " (pooled)" : ""}`;
}

// Stated needs and stock targets beside the model's mines: "POL up to 1 million (0.15x the model's)".
function needsText(p) {
  return (Array.isArray(p.stated_needs) ? p.stated_needs : []).filter((n) => n && isFinite(n.mines)).map((n) => {
    const amount = isFinite(n.mines_high) ? `${fmt(n.mines)} to ${fmt(n.mines_high)}` : `${n.reading || "about"} ${fmt(n.mines)}`;
    const ratio = isFinite(n.ratio_to_model) ? `, ${fmt(n.ratio_to_model, { sig: 2 })}x the model's` : "";
    const years = isFinite(n.years_at_capacity) ? `, ${fmt(n.years_at_capacity, { sig: 2, unit: "years" })} at that capacity` : "";
    return `${n.country} ${amount} ${n.scope || ""} mines${ratio}${years}`;
  });
}

function capacityText(p) {
  return (Array.isArray(p.capacity) ? p.capacity : []).filter((c) => c && c.used !== false)
    .map((c) => `${c.producer || c.country || "capacity"}: ${fmt(c.mines_per_year)} mines a year (${c.scope || "scope not stated"}, ${c.year ?? "year not stated"})`);
}

export function productionCard(doc) {
  const p = doc && doc.production;
  const title = "Time to produce the mines";
  if (!p) return figure("card-production", title, NOT, "", "");
  const years = num(p, "years_to_fill");
  const groups = Array.isArray(p.groups) ? p.groups : [];
  const done = groups.filter((g) => num(g, "years_to_fill") !== null);
  const missing = groups.filter((g) => num(g, "years_to_fill") === null);
  if (years === null && !done.length) return figure("card-production", title, NOT, "", get(p, "not_estimated") || "");
  const caps = capacityText(p);
  if (years !== null) {
    const complete = num(p, "year_complete");
    const lower = get(p, "years_to_fill_is") === "lower bound";
    return figure("card-production", title, (lower ? "at least " : "") + fmt(years, { unit: "years" }),
      fmtDist(dist(p, "years_to_fill"), { unit: "years" }),
      [typeof get(p, "years_to_fill_condition") === "string" ? get(p, "years_to_fill_condition") : "", complete !== null ? `complete in ${fmt(complete, { year: true })}` : "", caps.join("; "), get(p, "pooling") || "",
        needsText(p).length ? `stated needs beside the model (plans, not judged): ${needsText(p).join("; ")}` : ""].filter(Boolean).join("; "));
  }
  // Some groups have no capacity on record (e.g. Norway added to the eastern flank): the
  // groups that have one keep their figure; the whole is at least the longest of them.
  const longest = done.reduce((a, g) => (num(g, "years_to_fill") > num(a, "years_to_fill") ? g : a));
  const gYears = num(longest, "years_to_fill");
  const gDone = num(longest, "year_complete");
  const lines = [`${groupLabel(longest)}${gDone !== null ? `, complete in ${fmt(gDone, { year: true })}` : ""}`];
  if (done.length > 1) lines.push(...done.filter((g) => g !== longest).map((g) => `${groupLabel(g)}: ${fmt(num(g, "years_to_fill"), { unit: "years" })}`));
  lines.push(...missing.map((g) => `${g.group}: ${NOT}${g.not_estimated ? ` — ${g.not_estimated}` : ""}`));
  if (caps.length) lines.push(caps.join("; "));
  return figure("card-production", `${title} (without ${missing.map((g) => g.group).join(", ")})`, "at least " + fmt(gYears, { unit: "years" }),
    fmtDist(dist(longest, "years_to_fill"), { unit: "years" }), lines.join("; "));
}

// The clearance headline and the one line of what it assumes, as two fields any layout can place.
export function clearanceHeadline(doc) {
  const k = doc && doc.clearance;
  return { headline: get(k, "headline") || "", assumes: get(k, "headline_assumes") || "" };
}

export function clearanceCard(doc) {
  const k = doc && doc.clearance;
  const years = num(k, "calendar_years");
  if (!k || years === null) return figure("card-clearance", "Clearance legacy", NOT, "", "");
  const cur = get(k, "currency") || get(doc, "cost.currency") || "";
  const { headline, assumes } = clearanceHeadline(doc);
  const bits = [];
  if (assumes) bits.push(`assumes: ${assumes}`);
  const area = num(k, "area_to_address_km2");
  if (area !== null) bits.push(`${fmt(area, { unit: "km²" })} to release`);
  const alt = get(k, "alternative.text");
  if (typeof alt === "string") bits.push(`alternative: ${alt}`);
  const cond = get(k, "condition_alternative.text");
  if (typeof cond === "string") bits.push(`minefield condition: ${cond}`);
  // yardsticks: context, never the headline
  for (const key of ["area_rate", "mine_rate"]) {
    const y = get(k, `yardsticks.${key}`);
    const yy = num(y, "years");
    if (y && yy !== null) bits.push(`${get(y, "label")} (context): ${fmt(yy, { unit: "years" })} ${get(y, "condition") || ""}`.trim());
  }
  const world = num(k, "world_capacity_years");
  const wlabel = get(k, "world_capacity.label");  // "the area States Parties cleared of ... in 2023 (Landmine Monitor 2024, ...)"
  bits.push(world !== null && typeof wlabel === "string" ? `yardstick, if all of it went into this belt: ${fmt(world, { unit: "years" })} of ${wlabel}` : `States Parties' clearance yardstick: ${NOT}`);
  const worldMines = num(k, "world_capacity_years_by_mines");
  const mlabel = get(k, "world_capacity.mines_label");
  if (worldMines !== null && typeof mlabel === "string") bits.push(`by mines, ${fmt(worldMines, { unit: "years" })} of ${mlabel}`);
  const cost = num(k, "cost");
  const costRange = fmtDist(dist(k, "cost"), { prefix: cur });
  const price = typeof get(k, "cost_price_basis") === "string" ? `, ${get(k, "cost_price_basis")}` : "";
  bits.push(cost !== null ? `clearance cost ${costRange ? `${costRange} (90 %; point value ${fmt(cost, { prefix: cur })})` : fmt(cost, { prefix: cur })}${price}` : `clearance cost: ${NOT}`);
  const ratio = num(k, "vs_build.clearance_to_build_ratio");
  const calt = get(k, "cost_alternative");
  if (calt && num(calt, "cost_low") !== null) bits.push(`cost alternative, not the estimate: ${fmt(num(calt, "cost_low"), { prefix: cur })}–${fmt(num(calt, "cost_high"), { prefix: cur })} at ${get(calt, "label")} (${get(calt, "price_basis")})`);
  if (ratio !== null) bits.push(`clearing costs ${fmt(ratio, { sig: 2 })} × what building costs`);
  else if (typeof get(k, "vs_build.ratio_note") === "string") bits.push(get(k, "vs_build.ratio_note"));
  const condition = get(k, "capacity.headline") || "";
  return figure("card-clearance", `Clearance legacy ${condition}`.trim(), fmt(years, { sig: 3, unit: "years" }),
    fmtDist(dist(k, "calendar_years"), { unit: "years" }) ? `90 %: ${fmtDist(dist(k, "calendar_years"), { unit: "years" })}` : "", bits.join("; "));
}

export function exposureCard(doc) {
  const e = doc && doc.exposure;
  const t = e && e.total;
  if (!t || t.available === false) return figure("card-exposure", "Civilians near the belt", NOT, "", e && e.total && e.total.reason ? e.total.reason : "");
  const radii = Array.isArray(e.radii_km) ? e.radii_km : [];
  const within = radii.map((r) => [r, get(t, `within_${r}km`)]).filter(([, w]) => w && typeof w.population === "number");
  if (!within.length) return figure("card-exposure", "Civilians near the belt", NOT, "", "");
  const mine = get(t, "defender_side.within_1km");
  if (mine && typeof mine.population === "number") {
    // the defender's side first: places inside the belt or within 1 km of it are named; the other side apart
    const other = get(t, "other_side");
    const apart = other ? within.map(([r]) => get(other, `within_${r}km`)).map((w, i) => w ? `${fmt(w.population)} within ${within[i][0]} km` : "").filter(Boolean) : [];
    return figure("card-exposure", "Civilians inside the belt or within 1 km of it, defender's side", fmt(mine.population, { unit: "people" }), "",
      [typeof t.headline === "string" ? t.headline : "", apart.length ? `across the border (${(other.countries || []).join(", ")}), counted apart: ${apart.join("; ")}` : ""].filter(Boolean).join(" "));
  }
  const [r0, w0] = within[within.length - 1];
  const lines = within.map(([r, w]) => `${fmt(w.population)} people in ${fmt(w.places, { integer: true })} place${w.places === 1 ? "" : "s"} within ${r} km`);
  const top = (Array.isArray(t.largest_places) ? t.largest_places : []).slice(0, 3)
    .map((p) => `${p.name} (${p.country}, ${fmt(p.population)}, ${fmt(p.distance_km, { sig: 2 })} km)`);
  return figure("card-exposure", `Civilians within ${r0} km of the belt`, fmt(w0.population, { unit: "people" }), "",
    lines.slice(0, -1).concat(["both sides of the border"], top.length ? [`largest: ${top.join(", ")}`] : []).join("; "));
}

/** The four cards, and the sources the blocks cite. */
export function renderBlocks(container, doc) {
  container.textContent = "";
  container.append(costCard(doc), productionCard(doc), clearanceCard(doc), exposureCard(doc));
  const src = [];
  for (const key of ["production", "cost", "clearance"]) {
    const s = get(doc, `${key}.sources`);
    if (Array.isArray(s)) src.push(...s);
  }
  const exp = get(doc, "exposure.source");
  if (typeof exp === "string") src.push(exp);
  return src;
}
