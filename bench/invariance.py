"""Is the extraction invariant to the way a report is written? For each annotated set, write transformed copies of
its reports to a temporary folder, with its annotation files copied beside them unchanged, audit every copy, and
print each figure that moved against the audit of the reports as they are.

    .venv/bin/python -m bench.invariance                  # every set, every transformation
    .venv/bin/python -m bench.invariance blind4 corpus    # some sets
    .venv/bin/python -m bench.invariance blind2 --only trad --show   # one transformation, with the facts lost and won

The transformations:
  trad   simplified → traditional script (OpenCC s2t; --opencc s2tw or s2hk for Taiwan's or Hong Kong's forms)
  wide   ASCII digits, letters and punctuation → full-width (3 → ３, % → ％, ( → （)
  both   trad, then wide
  cn     amounts and areas in Chinese numerals (130亿元 → 一百三十亿元, 3.5平方公里 → 三点五平方公里): a figure in
         digits right before a magnitude (万, 亿) or a unit of money or land, with no other digit, comma or dot
         beside it; years, rates and counts keep their digits

The annotations stay as they are: the audit matches on names normalized as the reader normalizes a document (NFKC,
simplified) and on values, so a fact that the transformed report still yields matches its annotation. A figure that
moves is a fact the reader or the rules lose on the transformed text, or one OpenCC cannot take back (a character
that s2t writes in a form t2s does not turn back to the original).
"""
from __future__ import annotations

import argparse
import re
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


CN_DIGITS = "〇一二三四五六七八九"
# A figure of money or land: digits before a magnitude or a unit (元, 美元, 平方公里, 亩 …), none of a longer figure
# (1,200 or 12.5.3); with the figure that opens its range (200-300亿元), which is spelled too.
FIGURE = r"(?<![\d.,])\d+(?:\.\d+)?(?![\d,]|\.\d)"
AMOUNT_FIGURES = re.compile(rf"(?:{FIGURE}(?:[-—–~]|至|到))?{FIGURE}(?=(?:千万|百万|万|亿)*(?:[元亩]|美元|港元|欧元|"
                            r"平方公里|平方千米|平方米|公顷))")
ONE_FIGURE = re.compile(FIGURE)
RANGE_DASH = re.compile(r"[-—–~]")
# Full-width digits and dot as ASCII, so that a report typed in them (１２．８亿元) is spelled whole.
ASCII_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def chinese_integer(n: int) -> str:
    """An integer as it is written in Chinese numerals: 130 → 一百三十, 10 → 十, 2005 → 二千零五, 120000 → 十二万."""
    if n == 0:
        return "零"
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        return chinese_integer(high) + "亿" + (("零" if low < 10**7 else "") + chinese_integer(low) if low else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return chinese_integer(high) + "万" + (("零" if low < 1000 else "") + chinese_integer(low) if low else "")
    out, pending_zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if pending_zero and out else "") + CN_DIGITS[digit] + unit
            pending_zero = False
        else:
            pending_zero = True
    return out[1:] if out.startswith("一十") else out  # 十二, not 一十二


def to_chinese_numerals(text: str) -> str:
    """Each figure of money or land written in Chinese numerals; a decimal part digit by digit (三点五), a range
    with 至 (二百至三百亿元: a dash between numerals reads as a word's, not a range's)."""
    def spelled(match: re.Match) -> str:
        integer, _, fraction = match.group().partition(".")
        written = chinese_integer(int(integer))
        return written + ("点" + "".join(CN_DIGITS[int(d)] for d in fraction) if fraction else "")

    def spelled_range(match: re.Match) -> str:
        return RANGE_DASH.sub("至", ONE_FIGURE.sub(spelled, match.group()))

    return AMOUNT_FIGURES.sub(spelled_range, text.translate(ASCII_DIGITS))


def transformations(opencc_config: str) -> dict:
    import opencc

    converter = opencc.OpenCC(opencc_config)
    return {
        "trad": converter.convert,
        "wide": to_full_width,
        "both": lambda text: to_full_width(converter.convert(text)),
        "cn": to_chinese_numerals,
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


def fact_key(fact: dict) -> tuple:
    """What the audit matches a fact on: its document, type and normalized key (not its text, which cn rewrites)."""
    from pipeline.audit import match_key

    return (fact["document"], *match_key(fact))


def texts_by_key(facts: list[dict]) -> dict[tuple, list[str]]:
    out: dict[tuple, list[str]] = {}
    for fact in facts:
        out.setdefault(fact_key(fact), []).append(fact.get("text"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (corpus, heldout, blind, blind2 …); all by default")
    parser.add_argument("--opencc", default="s2t", help="OpenCC configuration for 'trad' (s2t, s2tw, s2hk)")
    parser.add_argument("--only", nargs="+", choices=("trad", "wide", "both", "cn"),
                        help="transformations to run, after the set names; all by default")
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
    """The annotated facts no longer found, the false positives won, and the matched facts whose zone changed."""
    def changed(before: list[dict], after: list[dict], label: str) -> None:
        texts = texts_by_key(before)
        gone = Counter(map(fact_key, before)) - Counter(map(fact_key, after))
        for key in sorted(gone.elements(), key=str):
            print(f"  {label}", *key, "|", *texts[key])

    changed([e for e, _ in base.comparison.matched], [e for e, _ in audit.comparison.matched], "lost")
    changed(audit.comparison.false_positives, base.comparison.false_positives, "new FP")
    before, after = zones_of_matched(base), zones_of_matched(audit)
    for key, zone in sorted((before - after).elements(), key=str):
        print("  zone was", *key, zone)
    for key, zone in sorted((after - before).elements(), key=str):
        print("  zone now", *key, zone)


def zones_of_matched(audit) -> Counter:
    """(fact key, zone) of every matched fact, counted."""
    return Counter((fact_key(e), e.get("zone")) for e, _ in audit.comparison.matched)


if __name__ == "__main__":
    sys.exit(main())
