#!/usr/bin/env python3
"""The site, the timing and the scoring of scripts/bench-check.

generate WORK N PORTS FIRST_PORT RATE -- the site, its nginx configuration, the URL list and truth
measure USAGE_FILE ACCESS_LOG COMMAND... -- runs COMMAND, writes wall/CPU/peak memory of it and its
                                         children and the requests the sites logged meanwhile
report WORK N PORTS CONCURRENCY RATE  -- reads each tool's output and prints the table
"""
import csv
import json
import os
import resource
import subprocess
import sys
import time

# Twenty slots, repeated: what each cited URL is, the path that makes nginx answer so, the class.
SLOTS = [
    ("ok", "ALIVE"), ("ok", "ALIVE"), ("ok", "ALIVE"), ("ok", "ALIVE"),
    ("ok", "ALIVE"), ("ok", "ALIVE"), ("ok", "ALIVE"), ("ok", "ALIVE"),
    ("moved", "REDIRECTED"), ("moved", "REDIRECTED"),
    ("missing", "DEAD"), ("missing", "DEAD"), ("gone", "DEAD"),
    ("soft", "SOFT_404"), ("deep/archive/2019", "SOFT_404"),
    ("error", "SERVER_ERROR"), ("unavailable", "SERVER_ERROR"),
    ("forbidden", "BLOCKED"), ("auth", "BLOCKED"), ("limited", "BLOCKED"),
]
CLASSES = ["ALIVE", "REDIRECTED", "DEAD", "SOFT_404", "SERVER_ERROR", "BLOCKED"]
TOWNS = ["Westmere", "Harlow", "Dunmore", "Kelby", "Ashford", "Penrith", "Torvik", "Lindqvist"]


def generate(work, n, ports, first_port, rate):
    site = os.path.join(work, "site")
    for folder in ("ok", "soft"):
        os.makedirs(os.path.join(site, folder), exist_ok=True)
    with open(os.path.join(site, "index.html"), "w") as f:
        f.write("<html><head><title>Westmere Post - latest news</title></head><body><h1>Westmere Post</h1>"
                "<p>Latest news, sport and weather from the valley.</p></body></html>\n")
    urls, truth = [], []
    for i in range(n):
        port = first_port + i % ports
        path, cls = SLOTS[(i // ports) % len(SLOTS)]
        url = "http://127.0.0.1:%d/%s/%d.html" % (port, path, i)
        urls.append(url)
        truth.append((url, cls))
        town = TOWNS[i % len(TOWNS)]
        if path in ("ok", "moved"):
            with open(os.path.join(site, "ok", "%d.html" % i), "w") as f:
                f.write("<html><head><title>%s council report %d</title></head><body><h1>%s council</h1>"
                        "<p>The %s council met on %d March %d and approved %d new homes.</p></body></html>\n"
                        % (town, i, town, town, 1 + i % 28, 1990 + i % 30, 10 + i))
        elif path == "soft":
            with open(os.path.join(site, "soft", "%d.html" % i), "w") as f:
                f.write("<html><head><title>Page not found | %s Post</title></head><body><h1>Sorry</h1>"
                        "<p>We could not find the page you were looking for. Try the search.</p></body></html>\n"
                        % town)
    with open(os.path.join(work, "urls.txt"), "w") as f:
        f.write("\n".join(urls) + "\n")
    with open(os.path.join(work, "truth.tsv"), "w") as f:
        for url, cls in truth:
            f.write("%s\t%s\n" % (url, cls))
    with open(os.path.join(work, "links.html"), "w") as f:
        f.write("<html><head><title>Cited sources</title></head><body><ol>\n")
        for url in urls:
            f.write('<li><a href="%s">%s</a></li>\n' % (url, url))
        f.write("</ol></body></html>\n")
    conf = os.path.join(work, "nginx")
    os.makedirs(os.path.join(conf, "logs"), exist_ok=True)
    servers = []
    for p in range(ports):
        servers.append("""  server {
    listen 127.0.0.1:%d;
    root %s;
%s    # Answers made after the pace is applied (a plain return would come before it).
    location /moved/ { try_files /- @moved; }
    location @moved { rewrite ^/moved/(.*)$ /ok/$1 permanent; }
    location /deep/ { try_files /- @deep; }
    location @deep { return 301 /; }
    location /gone/ { try_files /- =410; }
    location /error/ { try_files /- =500; }
    location /unavailable/ { try_files /- =503; }
    location /forbidden/ { try_files /- =403; }
    location /auth/ { try_files /- =401; }
    location /limited/ { try_files /- =429; }
  }""" % (first_port + p, site, "    limit_req zone=site burst=100000;\n" if rate > 0 else ""))
    with open(os.path.join(conf, "nginx.conf"), "w") as f:
        f.write("""worker_processes 2;
pid %s/nginx.pid;
error_log %s/logs/error.log warn;
events { worker_connections 4096; }
http {
  log_format request '$server_port $request_method $status';
  access_log %s/logs/access.log request;
%s  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path %s/tmp;
  proxy_temp_path %s/tmp;
  fastcgi_temp_path %s/tmp;
  uwsgi_temp_path %s/tmp;
  scgi_temp_path %s/tmp;
%s
}
""" % (conf, conf, conf,
       # Each site admits RATE requests a second, delaying the rest: the same per-site pace
       # for every tool, whether or not it can pace itself.
       "  limit_req_zone $server_port zone=site:1m rate=%dr/s;\n  limit_req_log_level info;\n" % rate
       if rate > 0 else "",
       conf, conf, conf, conf, conf, "\n".join(servers)))


def logged(access_log):
    try:
        with open(access_log, "rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


def measure(usage_file, access_log, command):
    before = logged(access_log)
    start = time.monotonic()
    rc = subprocess.call(command)
    wall = time.monotonic() - start
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(usage_file, "w") as f:
        json.dump({"wall": wall, "cpu": r.ru_utime + r.ru_stime, "maxrssKb": r.ru_maxrss, "exit": rc,
                   "requests": logged(access_log) - before}, f)
    return 0


def by_code(code):
    if code in (404, 410):
        return "DEAD"
    if code in (401, 402, 403, 407, 429, 451):
        return "BLOCKED"
    if code >= 500:
        return "SERVER_ERROR"
    if 200 <= code < 300:
        return "ALIVE"
    return "OTHER"


def claimcheck_classes(work):
    out = {}
    path = os.path.join(work, "claimcheck-out", "sources.jsonl")
    if os.path.exists(path):
        for line in open(path):
            row = json.loads(line)
            out[row["url"]] = row["lastCheck"]["result"]
    return out


def linkchecker_classes(work):
    out = {}
    path = os.path.join(work, "linkchecker.csv")
    if not os.path.exists(path):
        return out
    rows = [l for l in open(path, encoding="utf-8") if not l.startswith("#")]
    for row in csv.DictReader(rows, delimiter=";"):
        url = row.get("urlname") or ""
        result = (row.get("result") or "").strip()
        info = (row.get("infostring") or "") + (row.get("warningstring") or "")
        code = int(result.split()[0]) if result[:3].isdigit() else 0
        cls = by_code(code) if code else "OTHER"
        if cls == "ALIVE" and "edirect" in info:
            cls = "REDIRECTED"
        out[url] = cls
    return out


def linkinator_classes(work, name="linkinator"):
    out = {}
    try:
        data = json.load(open(os.path.join(work, name + ".json")))
    except (OSError, ValueError):
        return out
    for link in data.get("links", []):
        code = link.get("status") or 0
        out[link["url"]] = by_code(code) if code else "OTHER"
    return out


def report(work, n, ports, concurrency, rate):
    truth = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(work, "truth.tsv")))
    totals = {c: sum(1 for v in truth.values() if v == c) for c in CLASSES}
    tools = [("claimcheck", claimcheck_classes), ("linkchecker", linkchecker_classes),
             ("linkinator", linkinator_classes)]
    if rate != "0":
        tools.append(("linkinator-t120", lambda w: linkinator_classes(w, "linkinator-t120")))
    pace = "no per-site pace" if rate == "0" else \
        "each site admits %s requests/s (claimcheck and linkchecker pace themselves so; linkinator " \
        "cannot, the sites delay its excess)" % rate
    print("%d URLs on %d local sites (nginx); concurrency %s; %s" % (n, ports, concurrency, pace))
    print("known classes: " + ", ".join("%s %d" % (c, totals[c]) for c in CLASSES))
    head = "%-15s %7s %7s %8s %7s %8s %7s %8s" % ("tool", "wall s", "CPU s", "peak MB", "URLs/s", "right/s",
                                                  "req/URL", "correct")
    head += "".join(" %12s" % c for c in CLASSES)
    print(head)
    for name, reader in tools:
        try:
            usage = json.load(open(os.path.join(work, name + ".usage")))
        except (OSError, ValueError):
            print("%-15s did not run (see %s/%s.log)" % (name, work, name))
            continue
        found = reader(work)
        right = {c: 0 for c in CLASSES}
        for url, cls in truth.items():
            if found.get(url) == cls:
                right[cls] += 1
        checked = sum(1 for u in truth if u in found)
        line = "%-15s %7.1f %7.1f %8.0f %7.1f %8.1f %7.2f %7.1f%%" % (
            name, usage["wall"], usage["cpu"], usage["maxrssKb"] / 1024, checked / usage["wall"],
            sum(right.values()) / usage["wall"], usage.get("requests", 0) / len(truth),
            100.0 * sum(right.values()) / len(truth))
        line += "".join(" %11.1f%%" % (100.0 * right[c] / totals[c]) if totals[c] else " %12s" % "-" for c in CLASSES)
        if checked < len(truth):
            line += "  (%d URLs missing from its output)" % (len(truth) - checked)
        print(line)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "generate":
        generate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    elif cmd == "measure":
        sys.exit(measure(sys.argv[2], sys.argv[3], sys.argv[4:]))
    elif cmd == "report":
        report(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        sys.exit(__doc__)
