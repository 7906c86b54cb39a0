#!/usr/bin/env python3
"""Score trafilatura on the annotated pages the same way `docclean eval` scores docclean.

Usage: python3 scripts/score_trafilatura.py [DEVDATA]   (default ../shared/devdata)
Needs `pip install trafilatura` (use a throwaway virtualenv outside the repository).
Snippets and output are compared after NFC normalization with whitespace runs collapsed.
"""
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

import trafilatura


def normalize(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/devdata")
    pages = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    tp = fn = fp = tn = 0
    started = time.time()
    for page in pages:
        raw = (root / "html" / page["file"]).read_bytes()
        text = trafilatura.extract(raw) or ""
        out = normalize(text)
        for snippet in page["must_contain"]:
            if normalize(snippet) in out:
                tp += 1
            else:
                fn += 1
        for snippet in page["must_not_contain"]:
            if normalize(snippet) in out:
                fp += 1
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + tn + fp + fn)
    print(f"trafilatura {trafilatura.__version__}: pages {len(pages)}")
    print(f"true positives {tp}  false negatives {fn}  false positives {fp}  true negatives {tn}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  accuracy {accuracy:.3f}")
    print(f"{time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
