#!/usr/bin/env bash
# The -Xmx the benchmark gives Orbitpress for N articles: the whole site is held in memory
# (sources, rendered pages) until it is written, about 20 KB of page bytes per article plus
# parse trees; the figure leaves room for the garbage collector without reaching Hugo's RSS.
n=${1:?usage: heap.sh N}
if   (( n <= 2000 ));  then echo -Xmx512m
elif (( n <= 20000 )); then echo -Xmx1g
else                        echo -Xmx3g
fi
