#!/usr/bin/env python3
"""Runs a command and prints one TSV row: wall seconds, peak RSS of its largest process, peak RSS of
all its processes together, exit code, CPU seconds (user and system, of all its processes).

    bench/measure.py LOG -- COMMAND...

The largest process's peak is what /usr/bin/time reports (the kernel's maxrss of the command and
the children it waited for). A launcher that starts the build in a second JVM (java -jar, the
Maven plugin) keeps a process of its own alive meanwhile: the sum of the resident memory of every
process of the command, sampled every 50 ms, counts it too.
"""
import os
import subprocess
import sys
import time


def tree_rss_kb(root):
    """The resident memory of root and its descendants, in KB (from /proc/PID/task/*/children)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open("/proc/%d/status" % pid) as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for tid in os.listdir("/proc/%d/task" % pid):
                with open("/proc/%d/task/%s/children" % (pid, tid)) as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def main():
    log, cmd = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        peak_tree = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak_tree = max(peak_tree, tree_rss_kb(proc.pid))
            time.sleep(0.05)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    print("%.2f\t%d\t%d\t%d\t%.1f" % (wall, usage.ru_maxrss // 1024, max(peak_tree, usage.ru_maxrss) // 1024, code, cpu))


if __name__ == "__main__":
    main()
