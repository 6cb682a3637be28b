"""Compare our money extraction with JioNLP's rule-based money extractor (`jionlp.ner.extract_money`) on the
annotated corpus: both are scored against corpus/annotations with the FACTS.md money key (currency, value), and
every sentence where the two disagree is listed.

    pip install -e ".[bench]"
    python -m bench.jionlp_money            # scores, then the disagreements

JioNLP only finds amounts; it does not classify, date or attribute them, so only the key is compared.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from pipeline.audit import TypeScore, compare, load_annotations
from pipeline.ingest import extract_document
from pipeline.reading import read_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# JioNLP's `case` → ISO code (FACTS.md `currency`)
JIO_CURRENCIES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY",
                  "英镑": "GBP"}


def jionlp_money(sentence: str) -> list[tuple[str, float]]:
    """(currency, value) of each amount JioNLP finds in a sentence; a range counts by its low end (FACTS.md)."""
    import jionlp

    out = []
    for item in jionlp.ner.extract_money(sentence):
        num = item["detail"]["num"]
        low = float(num[0] if isinstance(num, list) else num)
        out.append((JIO_CURRENCIES.get(item["detail"]["case"], item["detail"]["case"]), low, item["text"]))
    return out


def run(corpus: Path = CORPUS, nlp=None) -> dict:
    """Scores of both extractors against the annotations, and the sentences where they disagree."""
    from pipeline.nlp import make_nlp

    nlp = nlp or make_nlp()
    annotated = [a for a in load_annotations(corpus / "annotations").facts if a["type"] == "money"]
    ours, theirs, disagreements = [], [], []
    for path in sorted(corpus.glob("*.txt")):
        extraction = extract_document(nlp, read_document(path))
        name = extraction.document.name
        mine = [f for f in extraction.facts if f["type"] == "money"]
        ours += mine
        for sentence in extraction.sentences:
            found = jionlp_money(sentence["text"])
            theirs += [{"document": name, "type": "money", "currency": c, "value": v, "text": t} for c, v, t in found]
            in_sentence = Counter((f["currency"], round(f["value"], 2)) for f in mine
                                  if sentence["start"] <= f["start"] < sentence["end"])
            by_jio = Counter((c, round(v, 2)) for c, v, _ in found)
            if in_sentence != by_jio:
                disagreements.append({"document": name, "sentence": sentence["text"],
                                      "ours_only": sorted((in_sentence - by_jio).elements()),
                                      "jionlp_only": sorted((by_jio - in_sentence).elements())})
    return {"ours": compare(ours, annotated).scores["money"], "jionlp": compare(theirs, annotated).scores["money"],
            "disagreements": disagreements}


def _line(name: str, s: TypeScore) -> str:
    return f"{name:8} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"


def main() -> int:
    result = run()
    print(_line("ours", result["ours"]))
    print(_line("jionlp", result["jionlp"]))
    print(f"\n{len(result['disagreements'])} sentences where the two disagree:")
    for d in result["disagreements"]:
        print(f"\n{d['document']}: {d['sentence'][:120]}")
        print(f"  ours only:   {d['ours_only']}")
        print(f"  jionlp only: {d['jionlp_only']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
