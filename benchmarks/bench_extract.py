"""Claim extraction on the seed articles: recall and precision against the claims a person wrote.

    python benchmarks/bench_extract.py [--seeds DIR] [--json]

The seed articles (``../shared/seeds/*.txt`` beside the repository, or ``--seeds``) were read
by a person into ``examples/seed-claims.toml``. ``minebelt extract`` drafts claims from the same
texts; this script matches the two and prints, per article and in total:

- **recall** of the person's *quantitative* claims (a number or a range stated; dates, text
  judgements and the yes/no facts the person wrote as "1 = yes" are counted apart): a claim is
  found when a drafted claim quotes a sentence that contains the person's quote and states the
  same figure;
- **precision**: drafted claims that match a claim of the person's file, over all drafted;
- **computed**: found claims whose drafted ``compute`` gives a number (not ``unverifiable``);
- **verdicts**: for claims both files recompute, how often the drafted claim's verdict is the
  person's; and the article's inconsistent figures (the person's ``does-not-hold``) that the
  drafted claims also find not holding.

Side by side, the peer: **quantulum3 alone** (its parser on every sentence, every quantity a
claim), the library used as its documentation shows (``parser.parse(text)``), matched the same
way, so the table shows what the domain layer adds. The goal of issue 22 is >= 90 % recall of
the quantitative claims.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"seed-000": "000_", "seed-001": "001_"}


def seeds_dir(given: str | None) -> Path | None:
    for cand in ([Path(given)] if given else []) + [ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")]:
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    return None


def _norm(text: str) -> str:
    return (
        re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip().lower()
    )


def _same_stated(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b) == 2:
        return all(_same_stated(x, y) for x, y in zip(a, b, strict=True))
    if (
        isinstance(a, (int, float))
        and isinstance(b, (int, float))
        and not isinstance(a, bool)
        and not isinstance(b, bool)
    ):
        return abs(float(a) - float(b)) <= 1e-9 * max(abs(float(a)), abs(float(b)), 1.0)
    return str(a).strip() == str(b).strip() or (str(a).isdigit() and str(b).startswith(str(a)))


def quote_in(person_quote: str, sentence: str) -> bool:
    """The person's quote (its parts around '...') inside the drafted claim's sentence."""
    s = _norm(sentence)
    parts = [p for p in (_norm(x) for x in re.split(r"\.\.\.|\u2026", person_quote)) if len(p) > 3]
    return bool(parts) and all(p.strip(" .,") in s for p in parts)


#: A figure in the quote itself: a digit or a number word. A claim the person turned into a figure
#: from words alone ("lack natural barriers", read as "under half on water") is a reading of the
#: article, not a quantity it states, and no extractor can be asked to find it.
_FIGURE_IN_QUOTE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half)\b", re.I
)


def is_quantitative(claim: dict[str, Any]) -> bool:
    stated = claim.get("stated")
    numeric = isinstance(stated, (int, float, list)) and not isinstance(stated, bool)
    return numeric and not claim.get("analysis") and bool(_FIGURE_IN_QUOTE.search(claim.get("quote", "")))


def match(person: list[dict[str, Any]], drafted: list[dict[str, Any]]) -> dict[str, list[int]]:
    """For each person claim id, the indices of drafted claims that match it. A range the
    person wrote for two figures of one sentence ("about 48 hours for the M67 and 4 hours for
    the M72": [4, 48]) is matched by the two drafted figures."""
    out = {}
    for p in person:
        same = [i for i, d in enumerate(drafted) if quote_in(p["quote"], d["quote"])]
        hits = [i for i in same if _same_stated(p["stated"], drafted[i]["stated"])]
        if not hits and isinstance(p["stated"], list) and len(p["stated"]) == 2:
            ends = [[i for i in same if _same_stated(end, drafted[i]["stated"])] for end in p["stated"]]
            hits = ends[0] + ends[1] if all(ends) else []
        out[p["id"]] = hits
    return out


def is_flag(claim: dict[str, Any]) -> bool:
    """A yes/no the person wrote as 1 or 0 ("(1 = yes)"): a fact about the text, not a figure in it."""
    return "1 = yes" in str(claim.get("unit", ""))


def quantulum_alone(text: str) -> list[dict[str, Any]]:
    """The peer: every quantity quantulum3 finds in each sentence, as a claim."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    from minebelt.factcheck.extract.text import sentences

    out = []
    for s in sentences(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for q in parser.parse(s.text):
                stated: Any = [q.value - q.uncertainty, q.value + q.uncertainty] if q.uncertainty else q.value
                out.append({"quote": s.text, "stated": stated, "compute": {"unverifiable": "peer"}})
    return out


def verdicts(claims: list[dict[str, Any]], source: str) -> dict[str, str]:
    """Verdicts of drafted claims by id, through the same loader and checker as any claims file."""
    from minebelt.factcheck import CLAIM_KEYS, check_file
    from minebelt.factcheck.extract.toml_out import claims_toml

    rows = [{k: v for k, v in c.items() if k != "kind" or "kind" in CLAIM_KEYS} for c in claims]
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "draft.toml"
        p.write_text(claims_toml(rows, title=source), encoding="utf-8")
        return {r["id"]: r["verdict"] for r in check_file(p)["claims"]}


def _groups(spec: Any) -> set[str]:
    return set(re.findall(r"'of': '([A-Z_]+)'", repr(spec)))


def _same_reading(person: dict[str, Any], drafted: dict[str, Any]) -> bool:
    """False when both count members of groups, and not of the same group."""
    a, b = _groups(person.get("compute")), _groups(drafted.get("compute"))
    return not (a and b) or bool(a & b)


def evaluate(name: str, text: str, person: list[dict[str, Any]], person_verdicts: dict[str, str]) -> dict[str, Any]:
    from minebelt.factcheck.extract import extract

    t0 = time.perf_counter()
    drafted = extract(text, source=name).claims
    seconds = time.perf_counter() - t0
    peer = quantulum_alone(text)
    quant = [p for p in person if is_quantitative(p) and not is_flag(p)]
    flags = [p for p in person if is_quantitative(p) and is_flag(p)]
    dated = [
        p for p in person if isinstance(p.get("stated"), str) and re.fullmatch(r"\d{4}(-\d\d){0,2}", str(p["stated"]))
    ]
    m = match(person, drafted)
    m_peer = match(person, peer)
    found = [p for p in quant if m[p["id"]]]
    used = {i for ids in m.values() for i in ids}
    inputs = [
        i
        for i, d in enumerate(drafted)
        if i not in used and d.get("kind") == "model" and "choice" in str(d["compute"].get("unverifiable", ""))
    ]
    used_peer = {i for ids in m_peer.values() for i in ids}
    computed = [p for p in found if any("unverifiable" not in drafted[i]["compute"] for i in m[p["id"]])]
    drafted_verdicts = verdicts(drafted, name)
    both = [
        (p, drafted[i])
        for p in found
        for i in m[p["id"]][:1]
        if person_verdicts.get(p["id"]) not in (None, "unverifiable") and "unverifiable" not in drafted[i]["compute"]
    ]
    agree = sum(1 for p, d in both if drafted_verdicts.get(d["id"]) == person_verdicts[p["id"]])
    # a figure the person found not holding, on the reading the draft can make: a count of members
    # of one group is not the same claim as a count of members of another (NATO vs "decided a line")
    inconsistent = [
        p
        for p in quant
        if person_verdicts.get(p["id"]) == "does-not-hold"
        and (not m[p["id"]] or any(_same_reading(p, drafted[i]) for i in m[p["id"]]))
    ]
    caught = [
        p
        for p in inconsistent
        if any(drafted_verdicts.get(drafted[i]["id"]) in ("does-not-hold", "imprecise") for i in m[p["id"]])
    ]
    return {
        "article": name,
        "quantitative": len(quant),
        "found": len(found),
        "recall": len(found) / len(quant) if quant else None,
        "dates": len(dated),
        "dates_found": sum(1 for p in dated if m[p["id"]]),
        "drafted": len(drafted),
        "matched": len(used),
        "precision": len(used) / len(drafted) if drafted else None,
        "unmatched_model_inputs": len(inputs),
        "computed": len(computed),
        "verdicts_compared": len(both),
        "verdicts_agree": agree,
        "inconsistent": [p["id"] for p in inconsistent],
        "inconsistent_caught": [p["id"] for p in caught],
        "missed": [p["id"] for p in quant if not m[p["id"]]],
        "flags": len(flags),
        "flags_found": sum(1 for p in flags if m[p["id"]]),
        "peer_found": sum(1 for p in quant if m_peer[p["id"]]),
        "peer_drafted": len(peer),
        "peer_matched": len(used_peer),
        "seconds": seconds,
    }


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f} %" if b else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", help="folder of the seed articles (*.txt)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    folder = seeds_dir(args.seeds)
    if folder is None:
        print("seed articles not found (../shared/seeds beside the repository, or --seeds DIR)", file=sys.stderr)
        return 2
    from minebelt.factcheck import check_file

    seed_file = ROOT / "examples" / "seed-claims.toml"
    person = tomllib.loads(seed_file.read_text(encoding="utf-8"))["claims"]
    person_verdicts = {r["id"]: r["verdict"] for r in check_file(seed_file)["claims"]}
    results = []
    for source, prefix in SOURCES.items():
        files = sorted(folder.glob(f"{prefix}*.txt"))
        if files:
            results.append(
                evaluate(
                    source,
                    files[0].read_text(encoding="utf-8"),
                    [p for p in person if p.get("source") == source],
                    person_verdicts,
                )
            )
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    tot = {
        k: sum(r[k] for r in results)
        for k in (
            "quantitative",
            "found",
            "drafted",
            "matched",
            "computed",
            "dates",
            "dates_found",
            "peer_found",
            "peer_drafted",
            "peer_matched",
            "verdicts_compared",
            "verdicts_agree",
            "flags",
            "flags_found",
        )
    }
    head = f"{'article':<10} {'recall':>16} {'precision':>16} {'computed':>9} {'dates':>7} {'verdicts agree':>15} {'time s':>7} | {'quantulum3 alone: recall':>24} {'precision':>16}"
    print(head)
    print("-" * len(head))
    for r in [*results, {"article": "total", **tot, "seconds": sum(r["seconds"] for r in results)}]:
        print(f"{r['article']:<10} {r['found']:>4}/{r['quantitative']:<3} {_pct(r['found'], r['quantitative']):>7} {r['matched']:>4}/{r['drafted']:<3} {_pct(r['matched'], r['drafted']):>7} "
              f"{r['computed']:>9} {r['dates_found']:>3}/{r['dates']:<3} {r['verdicts_agree']:>6}/{r['verdicts_compared']:<3} {_pct(r['verdicts_agree'], r['verdicts_compared']):>4} {r['seconds']:>7.2f} | "
              f"{r['peer_found']:>4}/{r['quantitative']:<3} {_pct(r['peer_found'], r['quantitative']):>14} {r['peer_matched']:>4}/{r['peer_drafted']:<3} {_pct(r['peer_matched'], r['peer_drafted']):>7}")  # fmt: skip
    print(
        f"drafted claims the person did not list that are the article's model inputs (lengths, depths, densities, areas it assumes): "
        f"{sum(r['unmatched_model_inputs'] for r in results)} of {tot['drafted'] - tot['matched']}"
    )
    print(
        f"yes/no facts written as 1 = yes (not figures of the text, not in the recall): {tot['flags_found']}/{tot['flags']} drafted"
    )
    for r in results:
        if r["missed"]:
            print(f"{r['article']}: quantitative claims not drafted: {', '.join(r['missed'])}")
        print(f"{r['article']}: inconsistent figures (does-not-hold in seed-claims.toml): {len(r['inconsistent'])}, "
              f"found not holding by the drafted claims: {len(r['inconsistent_caught'])} ({', '.join(r['inconsistent_caught']) or '-'})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
