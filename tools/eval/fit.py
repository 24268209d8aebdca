#!/usr/bin/env python3
"""Fits the answer gate's parameters on every dev set with cross-validation by set (leave one set out).

Usage (from the project root, after `bash ../shared/eval/run-all.sh` built .eval/bin):
  python3 tools/eval/fit.py [--grid MinCoverageNamed=0.25,0.3 MinCoverage=0.5,0.55] [--out .eval/fit]
Each grid point answers every set once (answers cached in --out); the objective per set is recall + abstain
(with --verdicts, plus verdicts given × right, minus twice the wrong ones). Prints the in-sample best and, per held-out set, the point chosen on
the other sets and its held-out score.
"""
import argparse, itertools, json, os, subprocess, sys

EVAL = os.path.abspath("../shared/eval")
SETS = {  # name: (cases, seeds folder for scoring, extra folders)
    "dev": (f"{EVAL}/dev.jsonl", "seeds", []),
    "dev2": (f"{EVAL}/dev2.jsonl", "seeds", []),
    "dev4": (f"{EVAL}/dev4.jsonl", "seeds", []),
    "docs": (f"{EVAL}/docs-cases.jsonl", ".eval/seeds-all", [f"{EVAL}/docs", f"{EVAL}/dev3/docs"]),
    "dev3": (f"{EVAL}/dev3/cases.jsonl", ".eval/seeds-all", [f"{EVAL}/docs", f"{EVAL}/dev3/docs"]),
}


def score(cases, answers, seeds):
    out = subprocess.run([sys.executable, f"{EVAL}/score.py", "--cases", cases, "--answers", answers, "--seeds", seeds],
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (p.split("=") for p in out.split())}


def run(point, out):
    key = "_".join(f"{k}{v}" for k, v in point)
    results = {}
    for name, (cases, seeds, extra) in SETS.items():
        path = f"{out}/{key}.{name}.jsonl"
        if not os.path.exists(path):
            env = dict(os.environ, **{f"Answers__{k}": str(v) for k, v in point})
            env.update({f"Corpus__ExtraFolders__{i}": f for i, f in enumerate(extra)})
            with open(path + ".tmp", "w") as f:
                subprocess.run(["dotnet", ".eval/bin/ChatBot.dll", "ask", "--json", "--batch", cases], env=env, stdout=f,
                               stderr=subprocess.DEVNULL)
            os.replace(path + ".tmp", path)
        results[name] = score(cases, path, seeds)
    return results


VERDICTS = False


def objective(s):
    # A wrong verdict costs twice what a right one earns: it is the second worst thing this product can do.
    value = s["recall"] + s["abstain"]
    if VERDICTS:
        value += s["verdicts_given"] * s["verdicts_right"] - 2 * s["verdicts_given"] * (1 - s["verdicts_right"])
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", nargs="*", default=["MinCoverageNamed=0.25,0.3,0.35,0.4", "MinCoverage=0.5,0.55,0.6"])
    ap.add_argument("--out", default=".eval/fit")
    ap.add_argument("--verdicts", action="store_true", help="count claim-check verdicts in the objective")
    a = ap.parse_args()
    global VERDICTS
    VERDICTS = a.verdicts
    os.makedirs(a.out, exist_ok=True)
    axes = [(k, v.split(",")) for k, v in (g.split("=") for g in a.grid)]
    points = [tuple(zip([k for k, _ in axes], combo)) for combo in itertools.product(*[v for _, v in axes])]
    table = {p: run(p, a.out) for p in points}
    for p, r in table.items():
        print(" ".join(f"{k}={v}" for k, v in p), " ".join(f"{n}:{objective(s):.3f}" for n, s in r.items()),
              f"sum={sum(objective(s) for s in r.values()):.3f}")
    best = max(points, key=lambda p: sum(objective(s) for s in table[p].values()))
    print("in-sample best:", " ".join(f"{k}={v}" for k, v in best))
    for held in SETS:
        chosen = max(points, key=lambda p: sum(objective(s) for n, s in table[p].items() if n != held))
        s = table[chosen][held]
        print(f"held out {held:5}: chose {' '.join(f'{k}={v}' for k, v in chosen)} -> recall {s['recall']:.3f} abstain {s['abstain']:.3f}"
              f" false_abstain {s['false_abstain']:.3f}")


if __name__ == "__main__":
    main()
