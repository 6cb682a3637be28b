"""Is the extraction invariant to the way a report is written? For each annotated set, write transformed copies of
its reports to a temporary folder, with its annotation files copied beside them unchanged, audit every copy, and
print each figure that moved against the audit of the reports as they are.

    .venv/bin/python -m bench.invariance                  # every set, every transformation
    .venv/bin/python -m bench.invariance blind4 corpus    # some sets
    .venv/bin/python -m bench.invariance --show trad      # and the facts gained and lost under one transformation

The transformations:
  trad   simplified → traditional script (OpenCC s2t; --opencc s2tw or s2hk for Taiwan's or Hong Kong's forms)
  wide   ASCII digits, letters and punctuation → full-width (3 → ３, % → ％, ( → （)
  both   trad, then wide

The annotations stay as they are: the audit matches on names normalized as the reader normalizes a document (NFKC,
simplified) and on values, so a fact that the transformed report still yields matches its annotation. A figure that
moves is a fact the reader or the rules lose on the transformed text, or one OpenCC cannot take back (a character
that s2t writes in a form t2s does not turn back to the original).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("money", "area", "target", "zone", "industry")


def annotated_sets() -> dict[str, Path]:
    sets = {"corpus": ROOT / "corpus"}
    for folder in sorted((ROOT / "tests" / "fixtures").iterdir()):
        if (folder / "annotations").is_dir():
            sets[folder.name] = folder
    return sets


def to_full_width(text: str) -> str:
    """Every printable ASCII character but the space as its full-width form (U+FF01…U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def transformations(opencc_config: str) -> dict:
    import opencc

    converter = opencc.OpenCC(opencc_config)
    return {
        "trad": converter.convert,
        "wide": to_full_width,
        "both": lambda text: to_full_width(converter.convert(text)),
    }


def write_transformed(folder: Path, out: Path, transform) -> None:
    """The set's reports, decoded as the reader decodes them, transformed and written as UTF-8, beside a copy of
    its annotations."""
    from pipeline.reading import decode_bytes

    (out / "annotations").mkdir(parents=True)
    for jsonl in (folder / "annotations").glob("*.jsonl"):
        shutil.copy(jsonl, out / "annotations" / jsonl.name)
    for report in folder.glob("*.txt"):
        text, _, _ = decode_bytes(report.read_bytes(), report.name)
        (out / report.name).write_text(transform(text), encoding="utf-8")


def figures(audit) -> dict[str, float]:
    """Precision and recall per type, attribution, and each field's accuracy: the figures diff_audits compares."""
    c = audit.comparison
    out = {}
    for t in TYPES:
        s = c.scores[t]
        out[f"{t} P"], out[f"{t} R"] = s.precision, s.recall
    out["attribution"] = c.zone_accuracy()
    for name, (right, total) in c.field_accuracy().items():
        out[f"field {name}"] = right / total if total else 1.0
    return out


def fact_keys(facts: list[dict]) -> set[tuple]:
    from pipeline.audit import match_key

    return {(f["document"], *match_key(f), f.get("text")) for f in facts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (corpus, heldout, blind, blind2 …); all by default")
    parser.add_argument("--opencc", default="s2t", help="OpenCC configuration for 'trad' (s2t, s2tw, s2hk)")
    parser.add_argument("--only", nargs="*", help="transformations to run (trad wide both); all by default")
    parser.add_argument("--show", action="store_true", help="list the true positives lost and false positives won")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from pipeline.audit import run_audit
    from pipeline.nlp import make_nlp

    nlp = make_nlp()
    sets = annotated_sets()
    if args.sets:
        sets = {name: sets[name] for name in args.sets}
    kinds = transformations(args.opencc)
    if args.only:
        kinds = {name: kinds[name] for name in args.only}
    moved_anywhere = 0
    with tempfile.TemporaryDirectory(prefix="invariance-") as tmp:
        for set_name, folder in sets.items():
            base = run_audit(folder / "annotations", None, lambda: nlp)
            base_figures = figures(base)
            for kind, transform in kinds.items():
                out = Path(tmp) / set_name / kind
                write_transformed(folder, out, transform)
                audit = run_audit(out / "annotations", None, lambda: nlp)
                moved = {k: (base_figures[k], v) for k, v in figures(audit).items()
                         if abs(v - base_figures.get(k, v)) > 1e-9}
                moved_anywhere += bool(moved)
                text = "  ".join(f"{k} {a:.3f}→{b:.3f}{' DOWN' if b < a else ''}" for k, (a, b) in moved.items())
                print(f"{set_name:8} {kind:5} {text or 'unchanged'}", flush=True)
                if args.show and moved:
                    show_changes(base, audit)
    return 1 if moved_anywhere else 0


def show_changes(base, audit) -> None:
    """The matched facts lost, the false positives won, and the matched facts whose zone changed."""
    lost = fact_keys([e for e, _ in base.comparison.matched]) - fact_keys([e for e, _ in audit.comparison.matched])
    won = fact_keys(audit.comparison.false_positives) - fact_keys(base.comparison.false_positives)
    for label, keys in (("  lost", lost), ("  new FP", won)):
        for key in sorted(keys, key=str):
            print(label, *key)
    before, after = zones_of_matched(base), zones_of_matched(audit)
    for key, zone in sorted((before - after).elements(), key=str):
        print("  zone was", *key, zone)
    for key, zone in sorted((after - before).elements(), key=str):
        print("  zone now", *key, zone)


def zones_of_matched(audit) -> Counter:
    """(fact key, zone) of every matched fact, counted."""
    return Counter((next(iter(fact_keys([e]))), e.get("zone")) for e, _ in audit.comparison.matched)


if __name__ == "__main__":
    sys.exit(main())
