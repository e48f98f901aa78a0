#!/usr/bin/env python3
"""Builds the contested-facts benchmark from WiCE's claims and scores a report run on it.

build WORK CLAIMS.jsonl: for each claim whose year also stands in one of its supporting
sentences (the page's metadata lines are not sentences of it), the cited page becomes one article (its title, then its sentences) and the claim
the paragraph of another (titled as the claim's Wikipedia article). In half the pairs, chosen
by a hash of the claim's id, that year of the claim is moved by 2 to 5 years. Writes
WORK/corpus/*.txt and WORK/truth.tsv.

score WORK: reads WORK/out/documents.jsonl and WORK/out/conflicts.jsonl and prints recall (moved
pairs whose two articles stand on different sides of a conflict) and precision (conflicts that
are such a pair's, against all conflicts: one on an untouched pair or between unrelated
articles counts against), with the misses and the false conflicts when asked (--misses).
"""
import hashlib
import json
import os
import re
import sys

YEAR = re.compile(r"(?<![\d-])(1[0-9]{3}|20[0-9]{2})(?![\d-])")


def digest(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def supporting(row):
    indices = set()
    for group in row.get("supporting_sentences") or []:
        for i in (group if isinstance(group, list) else [group]):
            indices.add(i)
    # The page's metadata lines (its title, its publication time) are not sentences of it.
    return [row["evidence"][i] for i in sorted(indices)
            if 0 <= i < len(row["evidence"]) and not row["evidence"][i].startswith("(meta data)")]


def build(work, claims_path):
    corpus = os.path.join(work, "corpus")
    os.makedirs(corpus, exist_ok=True)
    truth = []
    with open(claims_path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows:
        meta = row.get("meta") or {}
        pid = meta.get("id") or str(digest(row["claim"]) % 10**8)
        support = " ".join(supporting(row))
        years = [m for m in YEAR.finditer(row["claim"]) if m.group(1) in support]
        if not years:
            continue
        year = years[0]
        moved = digest(pid) % 2 == 1
        claim = row["claim"]
        new_year = year.group(1)
        if moved:
            delta = 2 + digest(pid + "/delta") % 4
            new_year = str(int(year.group(1)) + (delta if digest(pid + "/sign") % 2 else -delta))
            claim = claim[:year.start()] + new_year + claim[year.end():]
        title = meta.get("claim_title") or "Article " + pid
        source_title = None
        sentences = []
        for sentence in row["evidence"]:
            if sentence.startswith("(meta data) TITLE:"):
                source_title = sentence[len("(meta data) TITLE:"):].strip()
            elif sentence.strip() and not sentence.startswith("(meta data)"):
                sentences.append(sentence.strip().lstrip("#").strip())
        source_title = source_title or "Source of " + pid
        with open(os.path.join(corpus, pid + "-claim.txt"), "w", encoding="utf-8") as out:
            out.write(title + "\n\n" + claim + "\n")
        with open(os.path.join(corpus, pid + "-source.txt"), "w", encoding="utf-8") as out:
            out.write(source_title + "\n\n" + "\n\n".join(sentences) + "\n")
        truth.append((pid, moved, year.group(1), new_year))
    with open(os.path.join(work, "truth.tsv"), "w", encoding="utf-8") as out:
        for pid, moved, year, new_year in truth:
            out.write("%s\t%s\t%s\t%s\n" % (pid, "moved" if moved else "kept", year, new_year))
    print("%d pairs (%d moved) from %d claims" % (len(truth), sum(1 for t in truth if t[1]), len(rows)))


def score(work, misses):
    truth = {}
    with open(os.path.join(work, "truth.tsv"), encoding="utf-8") as f:
        for line in f:
            pid, kind, year, new_year = line.rstrip("\n").split("\t")
            truth[pid] = (kind == "moved", year, new_year)
    pair_of = {}
    with open(os.path.join(work, "out", "documents.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            name = os.path.basename(d["source"])
            m = re.match(r"(.+)-(claim|source)\.txt$", name)
            if m:
                pair_of[d["id"]] = (m.group(1), m.group(2))
    hit = set()
    conflicts = 0
    true_conflicts = 0
    wrong = []
    with open(os.path.join(work, "out", "conflicts.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            conflicts += 1
            sides = [{pair_of.get(x["document"], ("?", "?")) for x in v["claims"]} for v in c["values"]]
            pairs = set()
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    for pa, ka in a:
                        for pb, kb in b:
                            if pa == pb and ka != kb:
                                pairs.add(pa)
            good = [p for p in pairs if truth.get(p, (False,))[0]]
            if good:
                true_conflicts += 1
                hit.update(good)
            else:
                wrong.append(c)
    moved = [p for p, t in truth.items() if t[0]]
    recall = len(hit) / len(moved) if moved else 0.0
    precision = true_conflicts / conflicts if conflicts else 0.0
    print("pairs %d, moved %d; moved pairs found %d: recall %.3f" % (len(truth), len(moved), len(hit), recall))
    print("conflicts %d, on a moved pair %d: precision %.3f" % (conflicts, true_conflicts,
                                                              precision))
    if misses:
        for c in wrong:
            print("false conflict:", c["subject"], c["relation"], [v["value"] for v in c["values"]])
        for p in sorted(set(moved) - hit):
            print("missed:", p, truth[p][1], "->", truth[p][2])


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "score":
        score(sys.argv[2], "--misses" in sys.argv[3:])
    else:
        sys.exit("usage: bench_contested.py build WORK CLAIMS.jsonl | score WORK [--misses]")
