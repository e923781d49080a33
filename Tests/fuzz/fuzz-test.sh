#!/usr/bin/env bash
# fuzz-test.sh: the short fuzz run Tests/run.sh (and so CI) does: every fuzz target for
# ${FUZZ_SECONDS:-20} seconds, after replaying the seed corpus and every saved crash.
#
# Building the four targets takes a few minutes (each compiles the model with ASan and
# libFuzzer), running them 4 × FUZZ_SECONDS. For a longer hunt: Tests/fuzz/run.sh 600.
# Closing line (from run.sh): "fuzz: N passed, N failed", one count per target.
set -u
cd "$(dirname "$0")/../.." || exit 2
exec Tests/fuzz/run.sh "${FUZZ_SECONDS:-20}"
