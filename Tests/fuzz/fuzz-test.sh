#!/usr/bin/env bash
# fuzz-test.sh: the short fuzz run Tests/run.sh (and so CI) does: every fuzz target for
# ${FUZZ_SECONDS:-20} seconds, after replaying the seed corpus and every saved crash.
#
# It builds without optimisation (FUZZ_OPT=-Onone) the one binary that holds every target
# (build.sh): about 20 s of CPU, where four binaries, one per target, took about 90 s; and
# a 20-second run is mostly replaying the corpus anyway. For a real hunt use the optimised
# build: Tests/fuzz/run.sh 600.
# Closing line (from run.sh): "fuzz: N passed, N failed", one count per target.
set -u
cd "$(dirname "$0")/../.." || exit 2
export FUZZ_OPT=${FUZZ_OPT:--Onone}
exec Tests/fuzz/run.sh "${FUZZ_SECONDS:-20}"
