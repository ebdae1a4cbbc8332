/* What the belt costs, how long it takes to make, what it leaves behind and who lives near it:
   the cards the server writes from the minebelt.estimate/1 document in the reader's language
   (POST /api/estimate?lang=: the terminal's, the report's and the PDF's cards, English too), so
   every language shows one figure by one code path. Each card is one figure, one line of what it
   is and assumes, and its detail behind a disclosure ("more"), as in the report:
   {title, figure, label, range, assumes, details[]}. The page builds none itself: until the
   server has written a card it says why (computing, the box unticked, not estimated). */
"use strict";

import { gettext } from "./i18n.js";
import { NOT_ESTIMATED } from "./format.js";

const NOT = NOT_ESTIMATED;


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

// Sentences of the detail, each ending with its own full stop (never ".;").
function sentence(s) {
  const t = String(s || "").trim();
  if (!t) return "";
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

/** ``text`` as nodes with each range ("1,200–3,400", "61 000 – 94 000", its figures grouped
    with no-break spaces) in a span kept on one line: a narrow card never breaks a range at its
    dash (the text itself, copied, is as written). */
export function unbroken(text) {
  return String(text).split(/([^ \n]+ ?[\u2013\u2014] ?[^ \n]+)/).map((part, i) => (i % 2 ? el("span", { class: "nowrap", text: part }) : part));
}

/** One card: the figure, what it is (with its interval), one line of what it assumes, and
    the detail behind "more". */
export function card(id, c) {
  const details = (c.details || []).map(sentence).filter(Boolean);
  return el("div", { class: "card", id: id },
    el("div", { class: "label", text: c.title }),
    el("div", { class: "value" + (c.figure === NOT || c.figure === gettext("not estimated") ? " none" : ""), text: c.figure }),
    c.label ? el("div", { class: "what" }, ...unbroken(c.label)) : null,
    c.range ? el("div", { class: "range" }, ...unbroken(c.range)) : null,
    c.assumes ? el("div", { class: "assumes" }, ...unbroken(c.assumes)) : null,
    details.length ? el("details", { class: "more" }, el("summary", { text: gettext("more") }),
      el("ul", {}, ...details.map((t) => el("li", { text: t })))) : null);
}

// The page's card of each block, the key of the same card in the server's text (the
// terminal's, the report's and the PDF's cards, in the reader's language, English too) and its
// title while the server has not written it (the catalogue's words of the server's title).
const CARDS = [["card-cost", "cost", "Build cost"], ["card-production", "production", "Production"],
  ["card-clearance", "clearance", "Clearance"], ["card-clearance-cost", "clearance_cost", "Clearance cost"],
  ["card-exposure", "civilians", "Civilians"]];

/** A card the server has not written: computing, the box unticked, or no such block.
 * ``ctx``: ``{ticked, computing}``: the box "cost, production and clearance" is ticked, an
 * estimate is on its way. */
export function placeholderCard(key, title, doc, ctx = {}) {
  const ticked = ctx.ticked !== false;
  const computing = Boolean(ctx.computing) && (ticked || key === "civilians");
  const why = computing ? gettext("Computing…")
    : !ticked && key !== "civilians" ? gettext("Tick “cost, production and clearance” under the assumptions.")
    : doc ? gettext("Not estimated for this scenario.") : "";
  return { title: gettext(title), figure: computing ? "…" : gettext("not estimated"), assumes: why };
}

/** The five cards; returns the sources of their figures, as the server wrote them in the
    reader's language (``[{what, cite}]``: what each source gave, in the reader's words and
    numbers, and the citation as published), or [] until it has. Every card is the server's,
    written in the reader's language (``ctx.lang``; ``doc.text``, POST /api/estimate?lang=): the
    same figure and words as the terminal and the report, in English too. Until the server's
    text in that language arrives (a new language chosen), the cards say "Computing…". */
export function renderBlocks(container, doc, ctx = {}) {
  container.textContent = "";
  const fresh = doc && doc.text && ctx.lang && doc.text.lang === ctx.lang;
  const written = fresh ? doc.text.cards || {} : {};
  const waiting = Boolean(doc) && !fresh;
  container.append(...CARDS.map(([id, key, title]) => card(id, written[key]
    || placeholderCard(key, title, waiting ? null : doc, { ...ctx, computing: ctx.computing || waiting }))));
  return fresh && Array.isArray(doc.text.sources) ? doc.text.sources : [];
}
