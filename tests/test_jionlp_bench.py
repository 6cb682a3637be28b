"""Our money extraction against JioNLP's rule-based money extractor, the reference the issue names. Runs only
where the optional `bench` extra is installed (pip install -e ".[bench]"); see bench/jionlp_money.py."""
import pytest

pytest.importorskip("jionlp")


def test_our_money_extraction_scores_at_least_as_well_as_jionlp_on_the_annotated_corpus(nlp):
    from bench.jionlp_money import run

    result = run(nlp=nlp)
    assert result["jionlp"].tp > 50  # the comparison ran on JioNLP's real findings
    assert result["ours"].f1 >= result["jionlp"].f1
