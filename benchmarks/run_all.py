"""Run every benchmark in benchmarks/ (each prints its figures beside a baseline measured in the same run).

Usage: python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_nlp.py", "bench_extract.py", "bench_dedup.py", "bench_store.py", "bench_dashboard.py"]


def main() -> int:
    extra = sys.argv[1:]
    failed = 0
    for name in ORDER:
        path = HERE / name
        if not path.exists():
            print(f"== {name}: not present, skipped")
            continue
        print(f"== {name}", flush=True)
        rc = subprocess.run([sys.executable, str(path), *extra]).returncode
        if rc:
            print(f"== {name}: exit {rc}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
