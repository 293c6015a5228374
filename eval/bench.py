"""Every performance figure of docs/performance.md, measured in one run, printed as one table.

    python eval/bench.py ../shared/data/newsbench-dev [--articles 300] [--peer-articles 200]
                         [--chunks 100000] [--peer-python .venv-bench/bin/python]

What it runs, in order (each row of the table names its method):
1. ingest: the raw embedder and the project's ingest on the same chunks (eval/bench_ingest.py);
2. peer: LangChain's tutorial pipeline against newsqa on the same articles
   (eval/bench_peer.py, run by ``--peer-python``, a venv with the ``bench`` extra, because
   langchain-huggingface pins an older huggingface-hub than gradio needs; skipped if absent);
3. answer latency on the suite's full index (the one `newsqa eval` builds and reuses);
4. answer latency on a synthetic 100k-chunk index (eval/bench_scale.py);
5. cold start and peak RSS of `newsqa ask` (fresh processes over the sample index);
6. peak RSS of `newsqa serve` holding the 100k-chunk index after answering questions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_ingest  # noqa: E402
import bench_scale  # noqa: E402

NEWSQA = str(Path(sys.executable).parent / "newsqa")
QUESTION = "How long did the call between Putin and Trump last?"


# Runs a command and prints "<exit status> <seconds> <peak RSS in KB>". A child's ru_maxrss
# starts from its parent's RSS at fork time, so the child is forked from this small launcher,
# never from the benchmark process (which holds a model and a 100k-chunk index by then).
_LAUNCH = """
import os, sys, time, subprocess
t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - t0, usage.ru_maxrss)
"""


def _measured(cmd: list[str], env: dict[str, str]) -> tuple[int, float, int]:
    """(exit status, wall seconds, peak RSS in MB) of ``cmd`` in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _LAUNCH, *cmd], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) // 1024


def cold_start(runs: int = 7) -> dict[str, float]:
    """Wall time and peak RSS of `newsqa ask` in fresh processes (warm disk, sample index)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NEWSQA_DATA_DIR": tmp, "HF_HUB_OFFLINE": "1"}
        subprocess.run([NEWSQA, "ingest", "--sample", "-q"], env=env, check=True,
                       capture_output=True)
        subprocess.run([NEWSQA, "ask", QUESTION], env=env, check=True, capture_output=True)
        walls, rss = [], []
        for _ in range(runs):
            code, wall, peak = _measured([NEWSQA, "ask", QUESTION], env)
            walls.append(wall)
            rss.append(peak)
            if code:
                raise SystemExit(f"newsqa ask failed with exit code {code}")
    return {"median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
            "rss_mb": max(rss), "runs": runs}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _vm(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return 0


def serve_rss(data_dir: Path, collection: str, questions: list[str]) -> dict[str, float]:
    """Start `newsqa serve` over an index, ask through its API, read the process's peak RSS."""
    from gradio_client import Client

    port = _free_port()
    env = {**os.environ, "NEWSQA_DATA_DIR": str(data_dir), "NEWSQA_COLLECTION": collection,
           "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen([NEWSQA, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 300
        while True:
            if proc.poll() is not None:
                raise SystemExit("newsqa serve exited early")
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise SystemExit("newsqa serve did not start in 300 s") from None
                time.sleep(1)
        idle = _vm(proc.pid, "VmRSS")
        client = Client(url, verbose=False)
        t0 = time.perf_counter()
        for q in questions:
            client.predict(q, [], [], "", "", 6, "extractive", api_name="/on_ask")
        per_q = (time.perf_counter() - t0) * 1000 / len(questions)
        return {"idle_mb": idle, "peak_mb": _vm(proc.pid, "VmHWM"),
                "questions": len(questions), "http_ms_per_question": per_q}
    finally:
        proc.terminate()
        proc.wait(30)


def peer(python: Path, suite: Path, articles: int) -> dict[str, float] | None:
    if not python.exists():
        return None
    out = subprocess.run([str(python), str(HERE / "bench_peer.py"), str(suite),
                          "--articles", str(articles), "--json", "--levers"],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"the peer benchmark failed:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


LEVERS = {
    "overlap_once": ("ingest --overlap-once", "shared sentences embedded once"),
    "workers_2": ("ingest --workers 2", "2 processes × 1 torch thread, pool start included"),
    "update": ("re-ingest after an update", "every article's text changed at its end; "
               "unchanged chunks reuse their vectors"),
}


def lever_rows(p: dict, row: Callable[[str, str, str], None]) -> None:
    """One row per ingest lever, as articles/s and as a multiple of the peer."""
    for key, result in p.get("levers", {}).items():
        name, method = LEVERS[key]
        rate = p["articles"] / result["seconds"]
        row(name, f"{rate:.2f} articles/s (**{p['peer_s'] / result['seconds']:.2f}×** the peer)",
            f"{method}; {result['embedded']:,} of {result['chunks']:,} chunks embedded")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("--articles", type=int, default=300, help="Articles for the ingest rows.")
    ap.add_argument("--peer-articles", type=int, default=200)
    ap.add_argument("--questions", type=int, default=100)
    ap.add_argument("--chunks", type=int, default=100_000, help="Synthetic index size.")
    ap.add_argument("--scale-dir", type=Path, default=bench_scale.DEFAULT_DIR)
    ap.add_argument("--peer-python", type=Path, default=Path(".venv-bench/bin/python"))
    ap.add_argument("--out", type=Path, help="Also write the table to this file.")
    ap.add_argument("--skip", action="append", default=[],
                    choices=["ingest", "peer", "latency", "scale", "cold", "serve"])
    args = ap.parse_args()
    from assistant.config import Settings

    qs = [json.loads(q)["question"] for q in
          (args.suite / "questions.jsonl").read_text().splitlines()][: args.questions]
    rows: list[tuple[str, str, str]] = []

    def row(measure: str, value: str, method: str) -> None:
        rows.append((measure, value, method))
        print(f"  {measure}: {value}", file=sys.stderr, flush=True)

    if "ingest" not in args.skip:
        print("ingest ...", file=sys.stderr)
        r = bench_ingest.measure(args.suite, args.articles, args.questions)
        row("raw embedder", f"{r['raw_cps']:.1f} chunks/s",
            f"encode() of the {r['chunks']:,} chunks of {r['articles']} articles, warm")
        row("project ingest", f"{r['project_cps']:.1f} chunks/s "
            f"(**{r['project_cps'] / r['raw_cps']:.2f}×** raw)",
            f"`ingest` of the same articles: load, chunk, embed, Chroma, catalog, BM25; "
            f"embedding {r['embed_share']:.0%} of it")
    if "peer" not in args.skip:
        print("peer ...", file=sys.stderr)
        p = peer(args.peer_python, args.suite, args.peer_articles)
        if p is None:
            row("LangChain tutorial peer", "not run",
                f"no {args.peer_python}: `make bench-env` makes it")
        else:
            row("LangChain tutorial peer", f"{p['articles'] / p['peer_s']:.2f} articles/s "
                f"({p['peer_chunks'] / p['peer_s']:.1f} chunks/s)",
                f"RecursiveCharacterTextSplitter(1000, 200) → HuggingFaceEmbeddings → "
                f"langchain-chroma, {p['articles']} articles")
            row("newsqa ingest vs peer", f"{p['articles'] / p['ours_s']:.2f} articles/s "
                f"(**{p['peer_s'] / p['ours_s']:.2f}×** the peer)",
                "same articles, same run, same model files")
            lever_rows(p, row)
    if "latency" not in args.skip:
        print("latency on the suite index ...", file=sys.stderr)
        src = bench_scale.source_index(args.suite, Settings())
        lat = bench_scale.latency(src, qs)
        n = src.catalog.stats()["chunks"]
        row(f"answer latency, {n:,} chunks", f"p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms",
            f"{lat['n']} questions → verified extractive answer, warm process")
    if "scale" not in args.skip or "serve" not in args.skip:
        print("synthetic index ...", file=sys.stderr)
        big = bench_scale.scale_index(args.suite, args.scale_dir, args.chunks)
        if "scale" not in args.skip:
            lat = bench_scale.latency(big, qs)
            row(f"answer latency, {args.chunks:,} chunks (synthetic)",
                f"p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms",
                "same questions; index made by eval/bench_scale.py")
        big.close()
    if "cold" not in args.skip:
        print("cold start ...", file=sys.stderr)
        c = cold_start()
        row("`newsqa ask` cold start", f"{c['median_s']:.2f} s (min {c['min_s']:.2f}, "
            f"max {c['max_s']:.2f})", f"wall time of {c['runs']} fresh processes, sample index")
        row("`newsqa ask` peak RSS", f"{c['rss_mb']} MB",
            "ru_maxrss of those processes (forked from a small launcher)")
    if "serve" not in args.skip:
        print("serve memory ...", file=sys.stderr)
        s = serve_rss(args.scale_dir, "scale", qs[:20])
        row(f"`newsqa serve` RSS, {args.chunks:,} chunks",
            f"{s['idle_mb']} MB started, {s['peak_mb']} MB peak",
            f"VmRSS / VmHWM after {s['questions']} questions through the Gradio API "
            f"({s['http_ms_per_question']:.0f} ms each over HTTP)")

    cpu = next((ln.split(":", 1)[1].strip() for ln in
                Path("/proc/cpuinfo").read_text().splitlines() if ln.startswith("model name")),
               platform.processor())
    table = "\n".join([
        f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}", "",
        "| measure | value | method |", "|---|---|---|",
        *("| " + " | ".join(r3) + " |" for r3 in rows)])
    print("\n" + table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table + "\n")


if __name__ == "__main__":
    main()
