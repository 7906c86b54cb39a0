# Whether a benchmark ran on a quiet machine, from the one-thread timings of its
# yardstick (seconds, one a line; scripts/bench.sh). On a quiet machine they stay within
# a few percent of each other; when the host is busy (which need not show as steal) they
# spread, every row is slowed by a different amount, and only the ratios to the
# yardstick say something, roughly. LIMIT: the spread in percent still called quiet.
BEGIN { if (limit == "") limit = 15 }
NR == 1 || $1 < lo { lo = $1 }
NR == 1 || $1 > hi { hi = $1 }
END {
    if (NR == 0) { print "Yardstick: no timings."; exit }
    if (lo < 0.01) lo = 0.01
    spread = 100 * (hi - lo) / lo
    printf "Yardstick: %d one-thread timings from %.2f s to %.2f s, the slowest %.0f%% above the fastest. ", NR, lo, hi, spread
    if (lo < 0.2) print "Its runs are too short (under 0.2 s) to tell a quiet machine from a busy one."
    else if (spread > limit) printf "The machine was busy (more than %d%%): the rows were slowed by different amounts, so compare them by the ratio column only, and run again at a quieter hour for a table to publish.\n", limit
    else printf "The machine was quiet enough (at most %d%%) for the table to be compared with others.\n", limit
}
