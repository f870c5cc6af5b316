#!/usr/bin/env bash
# The -Xmx the benchmark gives Orbitpress for N articles: the whole site is held in memory
# (sources, parse trees, rendered pages) until it is written: about 42 KB of page bytes per
# article (417 MB of output at 10,000), and the garbage collector needs room beyond that.
# At 100,000 articles the output alone (~4 GB) exceeds 3 GB: that build needs pages written
# as they are rendered (see bench/README.md).
n=${1:?usage: heap.sh N}
if   (( n <= 2000 ));  then echo -Xmx512m
elif (( n <= 20000 )); then echo -Xmx2g
else                        echo -Xmx3g
fi
