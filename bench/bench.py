"""`make bench [BENCH_MB=20]`: build a deterministic bench corpus of BENCH_MB from corpus/ and measure, on the
same text, plain jieba.lcut over every sentence (the reference), `policyfacts extract`, `policyfacts ingest`
with 1 and 2 workers into a fresh database, a second ingest of the unchanged corpus, and `policyfacts extract`
of one small file from cold; with the peak resident memory of each; and the speed of each pipeline stage on
the first 2 MB. Prints MB/s and the ratios, and writes them to bench/out/bench-<MB>MB.json.

Every measurement runs in a process of its own. Peak memory is given two ways: of the largest single process
(exact, from wait4) and of the command's whole process tree (parent plus workers, sampled every 0.1 s)."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CORPUS = ROOT / "corpus"
SMALL_FILE = CORPUS / "002_51d2894722f2002f.txt"
BIN = Path(sys.executable).parent
# Place names of the corpus, swapped around in each copy so that zones and regions vary too.
PLACES = ["南阳", "鹤壁", "焦作", "沁阳", "锦州", "温岭", "郑州", "洛阳", "新乡", "安阳"]
FILES_PER_FOLDER = 200
PAGE = os.sysconf("SC_PAGE_SIZE")

TARGETS = {  # name: (what, test on the results)
    "ingest_1_vs_jieba": ("ingest, 1 worker ≥ 2.5× jieba.lcut", lambda r: r["ratios"]["ingest_1_vs_jieba"] >= 2.5),
    "ingest_2_vs_1": ("ingest, 2 workers ≥ 1.7× 1 worker", lambda r: r["ratios"]["ingest_2_vs_1"] >= 1.7),
    "reingest_speedup": ("re-ingest ≥ 20× faster than first", lambda r: r["ratios"]["reingest_speedup"] >= 20),
    "peak_memory": ("peak memory < 600 MB (largest process)",
                    lambda r: max(m["peak_rss_mb"] for m in r["runs"].values()) < 600),
    "cold_extract": ("extract one small file < 1.5 s cold", lambda r: r["runs"]["extract_one_cold"]["seconds"] < 1.5),
}


# ---- the bench corpus

def vary(text: str, rng: random.Random) -> str:
    """The text with each number redrawn (same length; years stay years) and the place names swapped."""

    def number(m: re.Match) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(int(digits) + rng.randint(-3, 3))
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    shuffled = PLACES[:]
    rng.shuffle(shuffled)
    swap = dict(zip(PLACES, shuffled))
    text = re.sub(r"\d+", number, text)
    return re.sub("|".join(PLACES), lambda m: swap[m.group()], text)


def build_corpus(megabytes: int) -> Path:
    """bench/out/corpus-<MB>MB: copies of the corpus reports, varied, in folders of 200 files, one copy in
    four in GB18030 as archives mix encodings. Deterministic; built once."""
    folder = OUT / f"corpus-{megabytes}MB"
    done = folder / ".complete"
    if done.exists():
        return folder
    sources = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(megabytes)
    seen: set[str] = set()
    total, copy, count = 0, 0, 0
    while total < megabytes * 1_000_000:
        for name, text in sources:
            varied = vary(text, rng)
            data = varied.encode("gb18030" if copy % 4 == 3 else "utf-8")
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue  # never happens in practice; a duplicate would be skipped by ingest
            seen.add(digest)
            path = folder / f"part-{count // FILES_PER_FOLDER:03d}" / f"{copy:05d}_{name}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            total += len(data)
            count += 1
        copy += 1
    done.write_text(json.dumps({"files": count, "bytes": total}))
    return folder


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


# ---- measuring a command

def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants, now."""
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


def run(command: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Wall seconds and peak memory of a command; fails if the command does."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    peak_tree = 0
    stop = threading.Event()

    def sample():
        nonlocal peak_tree
        while not stop.wait(0.1):
            peak_tree = max(peak_tree, tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))} failed ({process.returncode}):\n{stderr.decode()[-2000:]}")
    # ru_maxrss (KiB) covers the process and the descendants it waited for: the largest of them
    return {"seconds": round(seconds, 3), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "peak_tree_rss_mb": round(max(peak_tree, usage.ru_maxrss * 1024) / 2**20, 1)}


def jieba_reference(folder: Path) -> None:
    """(Run in its own process.) Seconds plain jieba.lcut takes over every sentence of the corpus, printed as
    JSON; reading the files and loading jieba's dictionary are not counted."""
    import jieba

    from pipeline.reading import read_document
    from pipeline.segmenting import split_sentences

    jieba.initialize()
    seconds = 0.0
    for path in corpus_files(folder):
        text = read_document(path).text
        sentences = [text[s:e] for s, e in split_sentences(text)]
        started = time.perf_counter()
        for sentence in sentences:
            jieba.lcut(sentence)
        seconds += time.perf_counter() - started
    print(json.dumps({"seconds": seconds}))


def component_speeds(folder: Path, megabytes: float = 2.0) -> None:
    """(Run in its own process.) MB/s of reading and of each pipeline component over the first `megabytes`
    of the corpus, printed as JSON: where extraction spends its time."""
    from extractors.patterns import time_limit
    from pipeline.nlp import make_nlp
    from pipeline.reading import read_document

    nlp = make_nlp()
    nlp("南阳高新技术产业开发区")  # loads what the pipeline loads on first use (the part-of-speech tagger)
    seconds: dict[str, float] = {"read": 0.0, "tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    size = 0
    for path in corpus_files(folder):
        started = time.perf_counter()
        text = read_document(path).text
        seconds["read"] += time.perf_counter() - started
        # under the document's time limit, as extraction runs: outside it every pattern use is timed on its own
        with time_limit():
            started = time.perf_counter()
            doc = nlp.make_doc(text)
            seconds["tokenizer"] += time.perf_counter() - started
            for name, component in nlp.pipeline:
                started = time.perf_counter()
                doc = component(doc)
                seconds[name] += time.perf_counter() - started
        size += path.stat().st_size
        if size >= megabytes * 1e6:
            break
    print(json.dumps({name: round(size / 1e6 / s, 2) for name, s in seconds.items()}))


# ---- the bench

def bench(megabytes: int) -> dict:
    folder = build_corpus(megabytes)
    files = corpus_files(folder)
    size = sum(p.stat().st_size for p in files)
    policyfacts = str(BIN / "policyfacts")
    runs = {}
    with tempfile.TemporaryDirectory(prefix="policyfacts-bench-") as tmp:
        print(f"bench corpus: {len(files)} files, {size / 1e6:.1f} MB in {folder}", flush=True)
        with open(Path(tmp) / "jieba.json", "w") as out:
            runs["jieba_reference"] = run([sys.executable, __file__, "--jieba", str(folder)], stdout=out)
        # the reference's time is jieba's alone, without starting Python and reading the files
        runs["jieba_reference"]["seconds"] = round(json.loads((Path(tmp) / "jieba.json").read_text())["seconds"], 3)
        with open(Path(tmp) / "components.json", "w") as out:
            run([sys.executable, __file__, "--components", str(folder)], stdout=out)
        components = json.loads((Path(tmp) / "components.json").read_text())
        steps = [
            ("extract", [policyfacts, "extract", *map(str, files)]),
            ("ingest_1_worker", [policyfacts, "ingest", str(folder), "--db", f"{tmp}/one.db", "-q", "--workers", "1"]),
            ("ingest_2_workers", [policyfacts, "ingest", str(folder), "--db", f"{tmp}/two.db", "-q", "--workers", "2"]),
            ("reingest_unchanged", [policyfacts, "ingest", str(folder), "--db", f"{tmp}/two.db", "-q", "--workers", "2"]),
            ("extract_one_cold", [policyfacts, "extract", str(SMALL_FILE)]),
        ]
        for name, command in steps:
            print(f"  {name} …", flush=True)
            runs[name] = run(command)
    mb = size / 1e6
    for name, measured in runs.items():
        if name != "extract_one_cold":
            measured["mb_per_s"] = round(mb / measured["seconds"], 3)
    speed = {name: m.get("mb_per_s") for name, m in runs.items()}
    results = {
        "corpus": {"megabytes": round(mb, 2), "files": len(files)},
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "segmenter": fast_segmenter_name()},
        "runs": runs,
        "component_mb_per_s": components,
        "ratios": {
            "ingest_1_vs_jieba": round(speed["ingest_1_worker"] / speed["jieba_reference"], 2),
            "ingest_2_vs_1": round(speed["ingest_2_workers"] / speed["ingest_1_worker"], 2),
            "extract_vs_jieba": round(speed["extract"] / speed["jieba_reference"], 2),
            "reingest_speedup": round(runs["ingest_2_workers"]["seconds"] / runs["reingest_unchanged"]["seconds"], 1),
        },
    }
    results["targets"] = {name: test(results) for name, (_, test) in TARGETS.items()}
    return results


def fast_segmenter_name() -> str:
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return "jieba (rjieba not installed)"
    return "rjieba"


def report(results: dict) -> str:
    lines = [f"{results['corpus']['megabytes']} MB, {results['corpus']['files']} files; "
             f"{results['machine']['cores']} cores; segmenter: {results['machine']['segmenter']}",
             f"{'run':22} {'seconds':>9} {'MB/s':>8} {'peak MB':>8} {'tree MB':>8}"]
    for name, m in results["runs"].items():
        speed = f"{m['mb_per_s']:8.2f}" if "mb_per_s" in m else f"{'':8}"
        lines.append(f"{name:22} {m['seconds']:9.2f} {speed} {m['peak_rss_mb']:8.0f} {m['peak_tree_rss_mb']:8.0f}")
    lines.append("pipeline stages, MB/s: " + ", ".join(f"{k} {v}" for k, v in results["component_mb_per_s"].items()))
    lines.append("ratios: " + ", ".join(f"{k} {v}" for k, v in results["ratios"].items()))
    for name, (what, _) in TARGETS.items():
        lines.append(f"  [{'ok' if results['targets'][name] else 'MISSED'}] {what}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=20, help="size of the bench corpus in MB")
    # the reference and the stage timings, each in a process of its own
    parser.add_argument("--jieba", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--components", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.jieba:
        jieba_reference(Path(args.jieba))
        return
    if args.components:
        component_speeds(Path(args.components))
        return
    results = bench(args.mb)
    path = OUT / f"bench-{args.mb}MB.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(report(results))
    print(f"→ {path}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
