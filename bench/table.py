#!/usr/bin/env python3
"""Prints the benchmark table from the rows bench/run.sh appended (tool n run wall_s rss_mb html all exit)."""
import collections, statistics, sys

rows = collections.defaultdict(list)
failed = collections.defaultdict(list)
with open(sys.argv[1]) as fh:
    next(fh)
    for line in fh:
        tool, n, run, wall, rss, html, files, rc = line.rstrip("\n").split("\t")
        if rc == "0":
            rows[(tool, int(n))].append((float(wall), int(rss), int(html), int(files)))
        else:
            failed[(tool, int(n))].append("exit %s after %s s, %s MB" % (rc, wall, rss))

def med(tool, n):
    r = rows.get((tool, n))
    if not r:
        return None
    return (statistics.median(x[0] for x in r), statistics.median(x[1] for x in r), r[-1][2], r[-1][3], len(r))

print("| articles | tool | median wall | peak RSS | HTML pages | files | runs | wall ratio Orbitpress/Hugo |")
print("|---:|---|---:|---:|---:|---:|---:|---:|")
for n in sorted({n for _, n in list(rows) + list(failed)}):
    h, o = med("hugo", n), med("orbitpress", n)
    for tool, m in (("Hugo", h), ("Orbitpress", o)):
        for f in failed.get((tool.lower(), n), []):
            print("| %s | %s | failed: %s | | | | | |" % (format(n, ","), tool, f))
        if m is None:
            continue
        ratio = "%.2f" % (o[0] / h[0]) if tool == "Orbitpress" and h and o else ""
        print("| %s | %s | %.2f s | %d MB | %s | %s | %d | %s |" % (format(n, ","), tool, m[0], m[1],
              format(m[2], ","), format(m[3], ","), m[4], ratio))
