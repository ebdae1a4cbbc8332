/* The page's words in the reader's language: the gettext catalogue of the terminal and the
   report, served as JSON by GET /api/i18n (without ?lang= the server reads the browser's
   Accept-Language). A message the catalogue lacks reads in English, never empty. Elements
   with data-i18n="English text" are translated by translatePage(); the language is part of
   the page's shared link (share.js: l=pl). */
"use strict";

import { setLocale } from "./format.js";

export const LANGS = ["en", "uk", "pl", "fi", "et", "lv", "lt"];
// gettext's plural index per language (Babel's Plural-Forms of each catalogue)
const PLURAL = {
  en: (n) => (n === 1 ? 0 : 1),
  fi: (n) => (n === 1 ? 0 : 1),
  et: (n) => (n === 1 ? 0 : 1),
  pl: (n) => (n === 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2),
  uk: (n) => (n % 10 === 1 && n % 100 !== 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2),
  lv: (n) => (n % 10 === 0 || (n % 100 >= 11 && n % 100 <= 19) ? 0 : n % 10 === 1 && n % 100 !== 11 ? 1 : 2),
  lt: (n) => (n % 10 === 1 && (n % 100 < 11 || n % 100 > 19) ? 0 : n % 10 >= 2 && n % 10 <= 9 && (n % 100 < 11 || n % 100 > 19) ? 1 : 2),
};

let LANG = "en";
let MESSAGES = {};
let PLURALS = {};
let NAMES = { en: "English" };
let COUNTRIES = {};

function fill(text, vars = {}) {
  return text.replace(/%\((\w+)\)s|%%/g, (m, k) => (k === undefined ? "%" : k in vars ? String(vars[k]) : m));
}

/** The page's language code. */
export function lang() { return LANG; }

/** Each language's name in itself, as the catalogue lists them. */
export function languageNames() { return NAMES; }

/** `msg` in the page's language, its %(name)s placeholders filled from `vars` (%% is "%"). */
export function gettext(msg, vars) { return fill(MESSAGES[msg] || msg, vars); }

/** The form of `singular`/`plural` for `n` in the page's language, filled from `vars`. */
export function ngettext(singular, plural, n, vars) {
  const forms = PLURALS[singular];
  const text = forms ? forms[PLURAL[LANG](Math.abs(Math.round(n)))] || forms[forms.length - 1] : n === 1 ? singular : plural;
  return fill(text, vars);
}

/** `text` with the word "times" after the multiple `printed` in its number's form: a sentence
    is translated with the fraction's form (uk "у 2,5 раза"); a whole multiple takes the form
    of the catalogue's "ratio in a sentence" plural (uk "у 2 рази", "у 5 разів"), as the
    report's i18n.times_agree. A range reads by its last number. */
export function timesAgree(text, printed) {
  const last = String(printed).split(/[\u2013\u2014-]/).pop();
  const forms = PLURALS[`ratio in a sentence\u0004time`];
  if (!forms || /\d[.,]\d/.test(LANG === "en" ? "" : last)) return text;
  const n = Number(last.replace(/\D/g, ""));
  const fraction = pgettext("fraction", "times");
  const form = forms[PLURAL[LANG](n)] || forms[forms.length - 1];
  return form === fraction ? text : text.split(`${printed} ${fraction}`).join(`${printed} ${form}`);
}

/** A country's name in the page's language (CLDR's, as the report's), or `english` when the
    catalogue has none (English: the bundled names). */
export function countryName(code, english) { return COUNTRIES[code] || english; }

/** `msg` told apart by `context`. */
export function pgettext(context, msg, vars) { return fill(MESSAGES[`${context}\u0004${msg}`] || msg, vars); }

/** Load the catalogue of `code` (or, when null, the one the browser's Accept-Language asks
    for), set the figures' locale and <html lang>. Returns the language's code. */
export async function loadLanguage(code) {
  const url = code && LANGS.includes(code) ? `/api/i18n?lang=${code}` : "/api/i18n";
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  const d = await r.json();
  LANG = d.lang;
  MESSAGES = d.messages || {};
  PLURALS = d.plurals || {};
  NAMES = d.languages || NAMES;
  COUNTRIES = d.countries || {};
  setLocale(LANG, { missing: gettext("not estimated"), to: pgettext("range", "to") });
  document.documentElement.lang = LANG;
  return LANG;
}

/** Translate every element marked data-i18n (its English text kept in the attribute) and
    every unit marked data-i18n-unit (written after a number: "km" is "км" in Ukrainian). */
export function translatePage(root = document) {
  root.querySelectorAll("[data-i18n]").forEach((node) => {
    node.textContent = gettext(node.dataset.i18n);
  });
  root.querySelectorAll("[data-i18n-unit]").forEach((node) => {
    node.textContent = pgettext("after a number", node.dataset.i18nUnit);
  });
  root.querySelectorAll("[data-i18n-label]").forEach((node) => {
    node.setAttribute("aria-label", gettext(node.dataset.i18nLabel));
  });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((node) => {
    node.setAttribute("placeholder", gettext(node.dataset.i18nPlaceholder));
  });
  root.querySelectorAll("[data-i18n-title]").forEach((node) => {
    node.setAttribute("title", gettext(node.dataset.i18nTitle));
  });
}
