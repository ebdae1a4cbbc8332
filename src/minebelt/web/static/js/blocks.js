/* What the belt costs, how long it takes to make, what it leaves behind and who lives near it:
   cards rendered from the minebelt.estimate/1 document. Each card is one figure, one line of
   what it is and assumes, and its detail behind a disclosure ("more"), as in the report:
   {title, figure, label, range, assumes, details[]}. Each reader tolerates missing fields
   and says "not estimated" rather than guessing (every field read is named once, here). */
"use strict";

import { gettext, ngettext } from "./i18n.js";
import { NOT_ESTIMATED, count, dist, finite, num, pct, ratio, sig, span, year, yearNear } from "./format.js";

const NOT = NOT_ESTIMATED;

function get(obj, path) {
  let cur = obj;
  for (const k of path.split(".")) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    cur = cur[k];
  }
  return cur;
}

function num0(obj, path) {
  const v = get(obj, path);
  return typeof v === "number" && isFinite(v) ? v : null;
}

function text(obj, path) {
  const v = get(obj, path);
  return typeof v === "string" && v ? v : "";
}

function d(obj, path) {
  const x = get(obj, path + "_dist");
  return x && typeof x === "object" ? x : null;
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

// "90 %: a–b", with what varies when it is known.
function interval(r, varies) {
  if (!r) return "";
  return varies && varies !== "nothing (no spread)"
    ? gettext("90 %%, %(varies)s: %(range)s", { varies: gettext(varies), range: r })
    : gettext("90 %%: %(range)s", { range: r });
}

// Sentences of the detail, each ending with its own full stop (never ".;").
function sentence(s) {
  const t = String(s || "").trim();
  if (!t) return "";
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

/** One card: the figure, what it is (with its interval), one line of what it assumes, and
    the detail behind "more". */
export function card(id, c) {
  const details = (c.details || []).map(sentence).filter(Boolean);
  return el("div", { class: "card", id: id },
    el("div", { class: "label", text: c.title }),
    el("div", { class: "value" + (c.figure === NOT ? " none" : ""), text: c.figure }),
    c.label ? el("div", { class: "what", text: c.label }) : null,
    c.range ? el("div", { class: "range", text: c.range }) : null,
    c.assumes ? el("div", { class: "assumes", text: c.assumes }) : null,
    details.length ? el("details", { class: "more" }, el("summary", { text: gettext("more") }),
      el("ul", {}, ...details.map((t) => el("li", { text: t })))) : null);
}

/** ``ctx``: ``{ticked, computing}``: the box "cost, production and clearance" is ticked, an
 * estimate is on its way. Without a cost the card says why: computing, or the box unticked. */
export function costCard(doc, ctx = {}) {
  const c = doc && doc.cost;
  const total = num0(c, "total");
  if (!c || total === null) {
    const ticked = ctx.ticked !== false;
    const why = ctx.computing && ticked ? gettext("Computing…")
      : !ticked ? gettext("Tick “cost, production and clearance” under the assumptions.")
      : text(c, "not_estimated") || (doc ? gettext("Not estimated for this scenario.") : "");
    return { title: gettext("Cost to build"), figure: ctx.computing && ticked ? "…" : NOT, assumes: why };
  }
  const cur = text(c, "currency");
  // the fence part under the label the block gives it ("border-fence proxy (anti-migration barriers: ...)")
  const fenceLabel = text(c, "fence_label") || "marking and fence";
  const parts = [["mines", "mines_cost"], ["laying", "laying_cost"], [fenceLabel, "fence_cost"]]
    .map(([label, key]) => [label, num0(c, key)])
    .map(([label, v]) => (v === null ? `${label} ${NOT}` : `${label} ${num(v, { currency: cur })}`));
  const details = [gettext("Parts: %(parts)s", { parts: parts.join(" + ") })];
  const fenceKm = num0(c, "fence_km");
  if (fenceKm !== null) details.push(gettext("The fence proxy is charged along %(km)s km of land front", { km: num(fenceKm, { scale: false }) }));
  const rate = get(c, "exchange_rate.date");
  if (typeof rate === "string") details.push(gettext("Converted at the ECB reference rate of %(date)s", { date: rate }));
  else if (get(c, "exchange_rate")) details.push(gettext("Each sourced figure converted at the ECB reference rate of its price date"));
  if (text(c, "fence_note")) details.push(text(c, "fence_note"));
  // announced budgets beside the costed belt: plans, shown and not judged
  const budgets = (Array.isArray(c.budgets) ? c.budgets : []).filter((b) => b && finite(b.share_of_costed_belt) !== null)
    .map((b) => `${b.country} ${b.programme} ${num(b.amount, { currency: b.currency || "" })}: ${b.share_of_costed_belt >= 1 ? sig(b.share_of_costed_belt, { sig: 2, scale: false }) + " times" : pct(b.share_of_costed_belt) + " of"} its costed belt`);
  if (budgets.length) details.push(gettext("Announced budgets beside it (plans, not judged): %(list)s", { list: budgets.join("; ") }));
  const missing = Array.isArray(c.not_costed) && c.not_costed.length ? `; ${c.not_costed.join(", ")} not estimated` : "";
  return {
    title: get(c, "complete") === false ? gettext("Cost to build (costed parts)") : gettext("Cost to build"),
    figure: sig(total, { sig: 2, currency: cur }),
    label: gettext("mines + %(fence)s", { fence: fenceLabel.split(" (")[0] }),
    range: interval(dist(d(c, "total"), { sig: 2, currency: cur })),
    assumes: (text(c, "price_basis") || gettext("price year not stated")) + missing,
    details,
  };
}

// "FIN+EST+LVA+LTU+POL+UKR (pooled)" or "POL".
function groupLabel(g) {
  return g.pooled ? gettext("%(group)s (pooled)", { group: g.group }) : g.group;
}

// Stated needs and stock targets beside the model's mines: "POL up to 1 million (0.15x the model's)".
function needsText(p) {
  return (Array.isArray(p.stated_needs) ? p.stated_needs : []).filter((n) => n && isFinite(n.mines)).map((n) => {
    const amount = isFinite(n.mines_high) ? span(n.mines, n.mines_high, { words: true }) : `${n.reading || "about"} ${num(n.mines, { words: true })}`;
    const times = isFinite(n.ratio_to_model) ? `, ${ratio(n.ratio_to_model)} the model's` : "";
    const years = isFinite(n.years_at_capacity) ? `, ${sig(n.years_at_capacity, { sig: 2, scale: false, unit: "years" })} at that capacity` : "";
    return `${n.country} ${amount} ${n.scope || ""} mines${times}${years}`;
  });
}

function capacityText(p) {
  return (Array.isArray(p.capacity) ? p.capacity : []).filter((c) => c && c.used !== false)
    .map((c) => `${c.producer || c.country || "capacity"}: ${num(c.mines_per_year, { words: true })} mines a year (${c.scope || "scope not stated"}, ${c.year ?? "year not stated"})`);
}

// The end year to the step of the rounded years beside it (3 significant figures, as the
// server's card: cards.PRODUCTION_SIG): "1,040 years, complete around 3070", never "in".
export const PRODUCTION_SIG = 3;
export function completeIn(end, years) {
  const coarse = years !== null && Math.abs(years) >= 10 ** PRODUCTION_SIG - 0.5;
  const year = yearNear(end, years, { sig: PRODUCTION_SIG });
  return coarse ? gettext("complete around %(year)s", { year }) : gettext("complete in %(year)s", { year });
}

export function productionCard(doc) {
  const p = doc && doc.production;
  const title = gettext("Time to produce the mines");
  if (!p) return { title, figure: NOT };
  const years = num0(p, "years_to_fill");
  const groups = Array.isArray(p.groups) ? p.groups : [];
  const done = groups.filter((g) => num0(g, "years_to_fill") !== null);
  const missing = groups.filter((g) => num0(g, "years_to_fill") === null);
  if (years === null && !done.length) return { title, figure: NOT, assumes: text(p, "not_estimated") };
  const caps = capacityText(p);
  if (years !== null) {
    const complete = num0(p, "year_complete");
    const lower = get(p, "years_to_fill_is") === "lower bound";
    return {
      title,
      figure: lower ? gettext("at least %(years)s", { years: sig(years, { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") }) }) : sig(years, { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") }),
      // a time at all-types capacity carries its scope in its own line; the stated needs sit beside it
      label: [text(p, "years_to_fill_scope"), complete !== null ? completeIn(complete, years) : ""].filter(Boolean).join("; "),
      range: interval(dist(d(p, "years_to_fill"), { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") }), text(p, "years_to_fill_interval_varies")),
      assumes: needsText(p).length ? gettext("stated needs beside it (plans, not judged): %(list)s", { list: needsText(p).join("; ") }) : text(p, "years_to_fill_condition") || caps[0] || "",
      details: [...caps, text(p, "pooling"), needsText(p).length ? gettext("Stated needs beside the model (plans, not judged): %(list)s", { list: needsText(p).join("; ") }) : ""].filter(Boolean),
    };
  }
  // Some groups have no capacity on record (e.g. Norway added to the eastern flank): the
  // groups that have one keep their figure; the whole is at least the longest of them.
  const longest = done.reduce((a, g) => (num0(g, "years_to_fill") > num0(a, "years_to_fill") ? g : a));
  const gDone = num0(longest, "year_complete");
  const details = done.filter((g) => g !== longest).map((g) => `${groupLabel(g)}: ${sig(num0(g, "years_to_fill"), { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") })}`);
  details.push(...missing.map((g) => `${g.group}: ${NOT}${g.not_estimated ? ` — ${g.not_estimated}` : ""}`), ...caps);
  return {
    title: gettext("%(title)s (without %(groups)s)", { title, groups: missing.map((g) => g.group).join(", ") }),
    figure: gettext("at least %(years)s", { years: sig(num0(longest, "years_to_fill"), { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") }) }),
    label: `${groupLabel(longest)}${gDone !== null ? `, ${completeIn(gDone, num0(longest, "years_to_fill"))}` : ""}`,
    range: interval(dist(d(longest, "years_to_fill"), { sig: PRODUCTION_SIG, scale: false, unit: gettext("years") })),
    assumes: gettext("%(groups)s: no capacity on record", { groups: missing.map((g) => g.group).join(", ") }),
    details,
  };
}

// The clearance headline and the one line of what it assumes, as two fields any layout can place.
export function clearanceHeadline(doc) {
  const k = doc && doc.clearance;
  return { headline: get(k, "headline") || "", assumes: get(k, "headline_assumes") || "" };
}

export function clearanceCard(doc) {
  const k = doc && doc.clearance;
  const years = num0(k, "calendar_years");
  if (!k || years === null) return { title: gettext("Clearance legacy"), figure: NOT };
  const cur = text(k, "currency") || text(doc, "cost.currency");
  const Y = { scale: false, unit: gettext("years") };
  const { headline, assumes } = clearanceHeadline(doc);
  const details = [];
  const area = num0(k, "area_to_address_km2");
  if (area !== null) details.push(gettext("%(area)s km² to release", { area: num(area, { scale: false }) }));
  if (text(k, "alternative.text")) details.push(`Alternative: ${text(k, "alternative.text")}`);
  if (text(k, "condition_alternative.text")) details.push(`Minefield condition: ${text(k, "condition_alternative.text")}`);
  // a legacy belt: the survey of the wider suspected area is left out of the effort, said so
  const survey = text(k, "survey_beyond_belt.text");
  if (survey) details.push(`${survey.charAt(0).toUpperCase()}${survey.slice(1)} (${text(k, "survey_beyond_belt.why")})`);
  // yardsticks: context, never the headline
  for (const key of ["area_rate", "mine_rate"]) {
    const y = get(k, `yardsticks.${key}`);
    const yy = num0(y, "years");
    if (y && yy !== null) details.push(`${text(y, "label") || "yardstick"} (context, not the estimate): ${num(yy, Y)} ${text(y, "condition")}`.trim());
  }
  const world = num0(k, "world_capacity_years");
  const wlabel = text(k, "world_capacity.label");  // "the area States Parties cleared of ... in 2023 (Landmine Monitor 2024, ...)"
  details.push(world !== null && wlabel ? `Yardstick, if all of it went into this belt: ${num(world, Y)} of ${wlabel}` : `States Parties' clearance yardstick: ${NOT}`);
  const worldMines = num0(k, "world_capacity_years_by_mines");
  if (worldMines !== null && text(k, "world_capacity.mines_label")) details.push(`By mines, ${num(worldMines, Y)} of ${text(k, "world_capacity.mines_label")}`);
  const cost = num0(k, "cost");
  const price = text(k, "cost_price_basis") ? ` (${text(k, "cost_price_basis")})` : "";
  const costRange = dist(d(k, "cost"), { sig: 2, currency: cur });
  details.push(cost !== null ? gettext("Clearance cost %(money)s", { money: sig(cost, { sig: 2, currency: cur }) }) + (costRange ? ` (${gettext("90 %%: %(range)s", { range: costRange })})` : "") + price : gettext("Clearance cost: %(value)s", { value: NOT }));
  const calt = get(k, "cost_alternative");
  if (calt && num0(calt, "cost_low") !== null) {
    details.push(`Cost alternative, not the estimate: ${span(num0(calt, "cost_low"), num0(calt, "cost_high"), { sig: 2, currency: cur })} at ${text(calt, "label")} (${text(calt, "cost_per_m2")})`);
  }
  const ratioBuild = num0(k, "vs_build.clearance_to_build_ratio");
  if (ratioBuild !== null) details.push(`Clearing costs ${sig(ratioBuild, { sig: 2, scale: false })} × what building costs`);
  else if (text(k, "vs_build.ratio_note")) details.push(text(k, "vs_build.ratio_note"));
  // one figure and one line of what it assumes, worded and rounded once by the pipeline
  const flat = headline.replace(/\s+/g, " ").trim();
  // led by the effort, which does not depend on the workforce (as cards.split_headline)
  const e = /^(about .+? deminer-years)(?: \((90 %[^)]*)\))?; (.+)$/.exec(flat);
  if (e) {
    return { title: "Clearance legacy", figure: e[1], label: `${e[2] ? `(${e[2]}) ` : ""}to clear it; ${e[3]}`, range: "", assumes, details };
  }
  const m = /^(.+? years)(?: \((90 %[^)]*)\))?(?: (.*))?$/.exec(flat);
  if (m) {
    return { title: "Clearance legacy", figure: m[1], label: m[3] ? `to clear it, ${m[3]}` : "to clear it", range: m[2] || "", assumes, details };
  }
  return {
    title: gettext("Clearance legacy"),
    figure: sig(years, { sig: 3, ...Y }),
    label: text(k, "capacity.headline") ? `to clear it, ${text(k, "capacity.headline")}` : "to clear it",
    range: interval(dist(d(k, "calendar_years"), { sig: 3, ...Y })),
    assumes,
    details,
  };
}

export function exposureCard(doc) {
  const e = doc && doc.exposure;
  const t = e && e.total;
  const title = gettext("Civilians near the belt");
  if (!t || t.available === false) return { title, figure: NOT, assumes: e && e.total && e.total.reason ? e.total.reason : "" };
  const radii = Array.isArray(e.radii_km) ? e.radii_km : [];
  const within = radii.map((r) => [r, get(t, `within_${r}km`)]).filter(([, w]) => w && typeof w.population === "number");
  if (!within.length) return { title, figure: NOT };
  const mine = get(t, "defender_side.within_1km");
  if (mine && typeof mine.population === "number") {
    // the defender's side first: places inside the belt or within 1 km of it are named; the other side apart
    const other = get(t, "other_side");
    // a head count moves with the belt's depth: its interval at the depth's 5th and 95th percentiles
    const depthSpan = (path) => {
      const d = get(t, `depth_interval.${path}.population`);
      return Array.isArray(d) && d.length === 2 ? span(d[0], d[1], { sig: 3, words: true }) : "";
    };
    const side = (key) => within.map(([r]) => [r, get(t, `${key}.within_${r}km`)]).filter(([, w]) => w && typeof w.population === "number")
      .map(([r, w]) => {
        const rng = depthSpan(`${key}.within_${r}km`);
        const people = rng ? sig(w.population, { words: true }) + " (" + interval(rng) + ")" : sig(w.population, { words: true });
        return gettext("%(people)s within %(r)s km", { people, r });
      });
    const details = [gettext("On the defender's side: %(figures)s.", { figures: side("defender_side").join(", ") })];
    const occ = get(t, "occupied");  // counted places in Ukraine: who lives in occupied land now is not estimated
    if (occ && occ.places) details.push(gettext("Of the places counted, %(n)s (%(people)s people) are in Ukraine, at the places data's pre-war figures: where the border runs through territory occupied since 2014 or 2022, those people may not live there now (not estimated; the places data has no regions, so Ukraine is shown whole).",
      { n: count(occ.places), people: sig(occ.population, { words: true }) }));
    if (other) details.push(gettext("Across the border (%(countries)s), counted apart: %(figures)s.", { countries: (other.countries || []).join(", "), figures: side("other_side").join(", ") }));
    const scope = text(e, "scope");
    if (scope) details.push(`Counted: ${scope}`);
    return {
      title: gettext("Civilians inside the belt or within 1 km of it, defender's side"),
      figure: sig(mine.population, { words: true, unit: gettext("people") }),
      label: typeof mine.places === "number" ? ngettext("in %(n)s place", "in %(n)s places", mine.places, { n: count(mine.places) }) : "",
      range: interval(depthSpan("defender_side.within_1km"), gettext("belt depth only")),
      assumes: text(t, "headline").split(" Across the border, counted apart:")[0],
      details,
    };
  }
  const [r0, w0] = within[within.length - 1];
  const details = within.map(([r, w]) => `${sig(w.population, { words: true })} people in ${count(w.places)} place${w.places === 1 ? "" : "s"} within ${r} km`);
  const top = (Array.isArray(t.largest_places) ? t.largest_places : []).slice(0, 3)
    .map((p) => `${p.name} (${p.country}, ${count(p.population)}, ${num(p.distance_km, { scale: false })} km)`);
  if (top.length) details.push(`Largest: ${top.join(", ")}`);
  const scope = text(e, "scope");
  return {
    title: gettext("Civilians within %(km)s km of the belt", { km: r0 }),
    figure: sig(w0.population, { words: true, unit: gettext("people") }),
    label: ngettext("in %(n)s place", "in %(n)s places", w0.places, { n: count(w0.places) }),
    assumes: scope ? scope.split("; ")[0] : "populated places on both sides of the border",
    details: scope ? details.concat(scope.split("; ").slice(1)) : details,
  };
}

/** The clearance cost: the effort times what a deminer-year cost where the belt lies (or the
    cleared area at the cost per m² without an effort), with the other figure as a labelled
    cross-check; the same words as the report's card (cards_clearance.clearance_cost_card). */
export function clearanceCostCard(doc) {
  const k = doc && doc.clearance;
  const cost = num0(k, "cost");
  if (!k || cost === null) return { title: gettext("Clearance cost"), figure: NOT };
  const cur = text(k, "currency") || "USD";
  const year = text(k, "cost_price_years");
  const M = (v) => sig(v, { sig: 2, currency: cur });
  const area = num0(k, "cost_from_area.cost");
  const effort = num0(k, "deminer_years");
  const details = [];
  let assumes;
  if (text(k, "cost_basis") === "effort" && effort !== null) {
    const words = { EU: gettext("EU member states"), UKR: gettext("Ukraine, one auction contract on battle-area farmland"), other: gettext("elsewhere"), stated: gettext("as stated") };
    const levels = get(k, "cost_per_deminer_year.by_wage_level");
    const rates = (Array.isArray(levels) ? levels : []).map((b) => `${words[b.wage_level] || b.words}: ${span(b.low, b.high, { sig: 2, currency: cur }) || M(b.low)}`).join("; ");
    assumes = gettext("the effort (%(effort)s deminer-years) at what a deminer-year cost where the belt lies (%(rates)s); survey within the programmes' budgets is in it",
      { effort: sig(effort, { sig: 2, words: true }), rates });
    if (area !== null) {
      details.push(gettext("Cross-check, not the estimate: the cleared area at the cost per m² cleared gives %(money)s (%(share)s of it).",
        { money: M(area), share: pct(area / cost) }));
      if (!get(k, "cost_from_area.stated")) {
        details.push(gettext("At this effort that figure pays %(money)s a deminer-year: the pay of Nicaragua's deminers (ex-army sappers on donors' contracts) and of a 2005 contractor's deminers, not of deminers where the belt lies.",
          { money: M(area / effort) }));
      }
    }
  } else {
    assumes = gettext("the cleared area at %(rate)s per m² cleared", { rate: (text(k, "cost_per_m2") || "").split(" (")[0] });
    const lo = num0(k, "cost_from_effort.cost_low");
    if (lo !== null) {
      details.push(gettext("Cross-check, not the estimate: the effort at the cost per deminer-year where the belt lies gives %(range)s.",
        { range: span(lo, num0(k, "cost_from_effort.cost_high"), { sig: 2, currency: cur }) || M(lo) }));
    }
  }
  return {
    title: gettext("Clearance cost"),
    figure: M(cost),
    label: year ? gettext("to clear it, %(currency)s at %(year)s prices", { currency: cur, year }) : gettext("to clear it"),
    range: interval(dist(d(k, "cost"), { sig: 2, currency: cur }))
      || (Array.isArray(k.cost_per_m2_90) ? (get(k, "cost_from_area.stated")
        ? interval(span(k.cost_per_m2_90[0], k.cost_per_m2_90[1], { sig: 2, currency: cur }), gettext("the cost per m² alone"))
        : gettext("%(varies)s: %(range)s", { varies: gettext("the spread of two programmes' cost per m², not a 90 % probability range"), range: span(k.cost_per_m2_90[0], k.cost_per_m2_90[1], { sig: 2, currency: cur }) })) : ""),
    assumes,
    details,
  };
}

// The page's card of each block and the key of the same card in the server's text (the
// terminal's, the report's and the PDF's cards, in the reader's language).
const CARDS = [["card-cost", "cost", costCard], ["card-production", "production", productionCard],
  ["card-clearance", "clearance", clearanceCard], ["card-clearance-cost", "clearance_cost", clearanceCostCard],
  ["card-exposure", "civilians", exposureCard]];

// The cards the server's card says in full in English too (its interval and caveats): the page
// shows the terminal's words. The others stay the page's own in English: the production card's
// pooled "at least … (without NOR)" figure, the cost card's "(costed parts)" and budgets'
// programmes, the civilians card's places named within 1 km are not in the server's cards.
const SERVER_IN_ENGLISH = new Set(["clearance", "clearance_cost"]);

/** The five cards, and the sources the blocks cite. A card the server wrote in the reader's
    language (``ctx.lang``; ``doc.text``, POST /api/estimate?lang=) is shown as written: the same
    figure and words as the terminal and the report (in English, the cards of SERVER_IN_ENGLISH). */
export function renderBlocks(container, doc, ctx = {}) {
  container.textContent = "";
  const written = doc && doc.text && ctx.lang && doc.text.lang === ctx.lang ? doc.text.cards || {} : {};
  const text = ctx.lang === "en"
    ? Object.fromEntries(Object.entries(written).filter(([key]) => SERVER_IN_ENGLISH.has(key)))
    : written;
  container.append(...CARDS.map(([id, key, make]) => card(id, text[key] || make(doc, ctx))));
  const src = [];
  for (const key of ["production", "cost", "clearance"]) {
    const s = get(doc, `${key}.sources`);
    if (Array.isArray(s)) src.push(...s);
  }
  const exp = get(doc, "exposure.source");
  if (typeof exp === "string") src.push(exp);
  return src;
}
