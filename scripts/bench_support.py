#!/usr/bin/env python3
"""Source support measured on WiCE (dev split), through the real pipeline.

Every page a WiCE claim cites is served from 127.0.0.1; each claim becomes a plain-text
article (its Wikipedia page's title, then the claim with a marker per cited page, then the
reference list with the pages' URLs); `claimcheck report --check-sources` runs on the folder
as a user would run it; the claims' statuses, evidence and unsupported spans are scored
against the human labels. Used by scripts/bench-support.
"""
import argparse
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict

STATUSES = ["SUPPORTED", "PARTLY_SUPPORTED", "CONTESTED", "CITED", "other"]
LABELS = ["supported", "partially_supported", "not_supported"]


def pages_of(evidence):
    """The cited pages of one item: (title, published, [(sentence index, text)])."""
    pages = []
    for i, line in enumerate(evidence):
        if line.startswith("(meta data) TITLE:") or not pages:
            title = line[len("(meta data) TITLE:"):].strip() if line.startswith("(meta data) TITLE:") else ""
            pages.append({"title": title, "published": None, "sentences": []})
            if line.startswith("(meta data) TITLE:"):
                continue
        m = re.match(r"\(meta data\) PUBLISHED DATETIME: (\S+)", line)
        if m:
            pages[-1]["published"] = m.group(1)
            continue
        if line.startswith("(meta data)"):
            continue
        pages[-1]["sentences"].append((i, line))
    return pages


def page_html(page):
    head = "<title>%s</title>" % html.escape(page["title"] or "Page")
    if page["published"]:
        head += '<meta property="article:published_time" content="%s">' % html.escape(page["published"])
    body = "".join("<p>%s</p>\n" % html.escape(text) for _, text in page["sentences"])
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">%s</head><body><article>\n%s</article></body></html>" % (head, body)


class Site(http.server.ThreadingHTTPServer):
    daemon_threads = True


def serve(pages):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_HEAD(self):
            self.send_response(200 if self.path in pages else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    site = Site(("127.0.0.1", 0), Handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return site


def write_articles(items, folder, base, prefix):
    """One article per item; returns the served pages by path."""
    served = {}
    os.makedirs(folder, exist_ok=True)
    for n, item in enumerate(items):
        pages = pages_of(item["evidence"])
        item["_pages"] = pages
        refs = []
        for j, page in enumerate(pages):
            path = "%s/%d/%d.html" % (prefix, n, j)
            served[path] = page_html(page)
            title = page["title"] or "Page %d" % (j + 1)
            refs.append('%d. ^ "%s". Retrieved 1 January 2022. %s%s' % (j + 1, title.replace('"', "'"), base, path))
        markers = "".join("[%d]" % (j + 1) for j in range(len(pages)))
        claim = item["claim"].strip()
        title = (item.get("meta") or {}).get("claim_title") or "Article %d" % n
        text = "%s\n\n%s%s\n\nReferences\n\n%s\n" % (title, claim, markers, "\n".join(refs))
        with open(os.path.join(folder, "%04d.txt" % n), "w", encoding="utf-8") as f:
            f.write(text)
    return served


def words(text):
    return re.findall(r"\w+", text.lower())


def overlap(a, b):
    """Share of the words of a that b holds."""
    wa = words(a)
    if not wa:
        return 0.0
    wb = set(words(b))
    return sum(1 for w in wa if w in wb) / len(wa)


def claims_by_article(out):
    by = defaultdict(list)
    with open(os.path.join(out, "claims.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            by[c["document"]].append(c)
    docs = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = d["source"]
    return {docs[k].rsplit("/", 1)[-1]: v for k, v in by.items() if k in docs}


def verdict(claims):
    """One status for the claim sentence, when claimcheck cut it into several."""
    cited = [c for c in claims if c["citations"]] or claims
    statuses = [c["status"] for c in cited]
    if not statuses:
        return "other"
    if "CONTESTED" in statuses:
        return "CONTESTED"
    if all(s == "SUPPORTED" for s in statuses):
        return "SUPPORTED"
    if any(s in ("SUPPORTED", "PARTLY_SUPPORTED") for s in statuses):
        return "PARTLY_SUPPORTED"
    if "CITED" in statuses or "DEAD_SOURCE" in statuses:
        return "CITED"
    return "other"


def score_claims(items, out):
    found = claims_by_article(out)
    confusion = Counter()
    evidence_hits = evidence_total = 0
    rows = []
    for n, item in enumerate(items):
        claims = found.get("%04d.txt" % n, [])
        claim_claims = [c for c in claims if overlap(c["text"], item["claim"]) > 0.5 and c["citations"]]
        status = verdict(claim_claims)
        confusion[(status, item["label"])] += 1
        rows.append((n, item["label"], status))
        if status in ("SUPPORTED", "PARTLY_SUPPORTED"):
            gold = {i for group in item["supporting_sentences"] for i in group}
            gold_text = [item["evidence"][i] for i in gold if i < len(item["evidence"])]
            passages = [e["passage"] for c in claim_claims for e in c.get("evidence") or []
                        if not e.get("contradicts")]
            if passages and gold_text:
                evidence_total += 1
                if any(overlap(g, p) >= 0.8 for p in passages for g in gold_text):
                    evidence_hits += 1
    return confusion, evidence_hits, evidence_total, rows


def score_tokens(items, out):
    """Token precision/recall/F1 of the claims' unsupported spans against the annotation."""
    found = claims_by_article(out)
    tp = fp = fn = 0
    for n, item in enumerate(items):
        claims = [c for c in found.get("%04d.txt" % n, []) if c["citations"]]
        spans = []
        for c in claims:
            base = item["claim"].find(c["text"][:30])
            for u in c.get("unsupported") or []:
                if base >= 0:
                    spans.append((base + u["start"], base + u["end"]))
        pos = 0
        for token, flagged in zip(item["claim_tokens"], item["non_supported_spans"]):
            at = item["claim"].find(token, pos)
            if at < 0:
                continue
            pos = at + len(token)
            if not re.search(r"\w", token):
                continue
            predicted = any(s <= at and pos <= e for s, e in spans)
            if predicted and flagged:
                tp += 1
            elif predicted:
                fp += 1
            elif flagged:
                fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(claimcheck, folder, out, log, threads):
    start = time.time()
    cmd = [claimcheck, "report", folder, "--output", out, "--check-sources", "--allow-private-hosts",
           "--wayback", "none", "--rate", "0", "--per-host", str(threads), "--concurrency", str(threads)]
    with open(log, "w") as f:
        status = subprocess.call(cmd, stdout=f, stderr=subprocess.STDOUT)
    return status, time.time() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wice", required=True)
    ap.add_argument("--claimcheck", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--misses", action="store_true", help="list every claim whose status is wrong")
    args = ap.parse_args()
    if os.path.isdir(args.work):
        shutil.rmtree(args.work)
    os.makedirs(args.work)
    claims = [json.loads(l) for l in open(os.path.join(args.wice, "claim-dev.jsonl"), encoding="utf-8")]
    tokens = [json.loads(l) for l in open(os.path.join(args.wice, "non-supported-tokens-dev.jsonl"), encoding="utf-8")]

    served = {}
    site = serve(served)
    base = "http://127.0.0.1:%d" % site.server_address[1]
    served.update(write_articles(claims, os.path.join(args.work, "claims"), base, "/claims"))
    served.update(write_articles(tokens, os.path.join(args.work, "tokens"), base, "/tokens"))

    status, seconds = run(args.claimcheck, os.path.join(args.work, "claims"), os.path.join(args.work, "out-claims"),
                          os.path.join(args.work, "claims.log"), args.threads)
    print("claim-dev: %d claims, %d pages served; report --check-sources exit %d in %.1f s"
          % (len(claims), sum(len(c["_pages"]) for c in claims), status, seconds))
    confusion, hits, total, rows = score_claims(claims, os.path.join(args.work, "out-claims"))
    print("\n%-18s %12s %20s %14s" % ("status \\ label", "supported", "partially_supported", "not_supported"))
    for s in STATUSES:
        print("%-18s %12d %20d %14d" % (s, confusion[(s, "supported")], confusion[(s, "partially_supported")],
                                          confusion[(s, "not_supported")]))
    tp = confusion[("SUPPORTED", "supported")]
    called = sum(confusion[("SUPPORTED", l)] for l in LABELS)
    gold = sum(confusion[(s, "supported")] for s in STATUSES)
    p = tp / called if called else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("\nSUPPORTED vs supported: precision %.3f, recall %.3f, F1 %.3f (%d called SUPPORTED)" % (p, r, f, called))
    print("not_supported claims called SUPPORTED: %d" % confusion[("SUPPORTED", "not_supported")])
    partial = sum(confusion[(s, "partially_supported")] for s in STATUSES)
    print("PARTLY_SUPPORTED recall on partially_supported: %.3f (%d of %d)"
          % (confusion[("PARTLY_SUPPORTED", "partially_supported")] / partial if partial else 0,
             confusion[("PARTLY_SUPPORTED", "partially_supported")], partial))
    print("evidence passage is an annotated supporting sentence: %s"
          % ("%.3f (%d of %d supported or partly supported claims with gold sentences)" % (hits / total, hits, total)
             if total else "n/a"))
    tstatus, tseconds = run(args.claimcheck, os.path.join(args.work, "tokens"), os.path.join(args.work, "out-tokens"),
                            os.path.join(args.work, "tokens.log"), args.threads)
    tp_, tr_, tf_ = score_tokens(tokens, os.path.join(args.work, "out-tokens"))
    print("unsupported tokens (%d sub-claims, exit %d): precision %.3f, recall %.3f, F1 %.3f"
          % (len(tokens), tstatus, tp_, tr_, tf_))
    if args.misses:
        print("\nmisses:")
        for n, label, s in rows:
            good = {"supported": "SUPPORTED", "partially_supported": "PARTLY_SUPPORTED"}.get(label, "CITED")
            if s != good:
                print("%04d %-20s %-17s %s" % (n, label, s, claims[n]["claim"][:150]))
    site.shutdown()


if __name__ == "__main__":
    main()
