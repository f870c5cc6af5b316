#!/usr/bin/env bash
# The -Xmx the benchmark gives Orbitpress for N articles. Sources, parse trees and the page
# models stay in memory for the whole build; rendered pages are written to the staging folder
# as they are made, and only their links and ids are kept for the link check.
n=${1:?usage: heap.sh N}
if   (( n <= 2000 ));  then echo -Xmx512m
elif (( n <= 20000 )); then echo -Xmx1g
else                        echo -Xmx3g
fi
