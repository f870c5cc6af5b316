#!/usr/bin/env python3
"""The table of bench/defaults.sh: every run of each command, and its ratios to the tuned flags and to Hugo."""
import collections
import statistics
import sys

NAMES = {
    "hugo": "Hugo",
    "tuned": "tuned flags, by hand",
    "jar": "`java -jar target/orbitpress.jar build`",
    "plugin": "`mvn -q orbitpress:build`",
    "exec": "`mvn -q compile exec:java`",
    "jar-jdk25": "`java -jar` on JDK 25",
    "plain": "no flags (`java -jar` before)",
}

rows = collections.defaultdict(list)
with open(sys.argv[1]) as fh:
    next(fh)
    for line in fh:
        f = line.rstrip("\n").split("\t")
        cmd, n, run, wall, rss, tree, html, code = f[:8]
        cpu = float(f[8]) if len(f) > 8 and f[8] else None
        rows[(int(n), cmd)].append((float(wall), int(rss), int(tree), int(html), int(code), cpu))


def span(values, unit, fmt):
    lo, hi = min(values), max(values)
    return (fmt % lo + unit) if lo == hi else (fmt % lo + "–" + fmt % hi + unit)


print("| articles | command | wall, each run | CPU, each run | peak RSS, largest process | peak RSS, all processes |"
      " HTML pages | × tuned | × Hugo |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
for n in sorted({n for n, _ in rows}):
    med = {c: statistics.median(r[0] for r in runs if r[4] == 0)
           for (m, c), runs in rows.items() if m == n and any(r[4] == 0 for r in runs)}
    for cmd in NAMES:
        runs = rows.get((n, cmd))
        if not runs:
            continue
        ok = [r for r in runs if r[4] == 0]
        walls = ", ".join("%.1f s" % r[0] if r[4] == 0 else "exit %d" % r[4] for r in runs)
        cpus = ", ".join("%.1f s" % r[5] for r in ok if r[5] is not None)
        rss = span([r[1] for r in ok], " MB", "%d") if ok else ""
        tree = span([r[2] for r in ok], " MB", "%d") if ok else ""
        tuned = "%.2f" % (med[cmd] / med["tuned"]) if cmd in med and "tuned" in med and cmd not in ("tuned", "hugo") else ""
        hugo = "%.2f" % (med[cmd] / med["hugo"]) if cmd in med and "hugo" in med and cmd != "hugo" else ""
        pages = format(ok[-1][3], ",") if ok else ""
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (format(n, ","), NAMES[cmd], walls, cpus, rss, tree,
                                                                 pages, tuned, hugo))
print()
print("Ratios are of the medians of the runs.")
