#!/usr/bin/env python3
"""Measures what the real browser costs a terminal: how long the first screen takes to
appear, and how many bytes one keystroke that moves the selection writes.

It runs the binary on a pseudo-terminal of 100 x 30 (TERM=xterm-256color, LANG=C.UTF-8),
the way a person would, and reads every byte it writes:

  first screen   from just before the process starts to the last byte of its first
                 burst of output (the first complete screen, drawn by one doupdate);
  one-row move   the bytes written in answer to one `j` (or one Down arrow) in each view.

Usage: Tests/perf/terminal-figures.py [BINARY] [--runs N] [--moves N] [--check] [--json]
  BINARY              the leakline to measure (default .build/release/leakline)
  --check             exit 1 when a one-row move writes more than its view's budget (see
                      MOVES); byte counts do not depend on the machine's speed, so this is
                      safe to check in CI (times are printed, never checked)

Prints a table (or JSON), and with --check "N passed, N failed" for the byte budgets. See
docs/performance.md for the latest figures.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

COLUMNS, ROWS = 100, 30
# Output that stops for this long marks the end of one screen update. ncurses writes a
# whole update in one go (one doupdate per key), so a pause this long means it is done.
QUIET = 0.25
TIMEOUT = 10.0


class Browser:
    """The binary on a pseudo-terminal of COLUMNS x ROWS."""

    def __init__(self, binary):
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            env = {
                "PATH": "/usr/bin:/bin",
                "TERM": "xterm-256color",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
                "HOME": os.environ.get("HOME", "/tmp"),
            }
            os.execve(binary, [binary], env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))

    def burst(self):
        """Reads until the output has been quiet for QUIET seconds; returns the bytes and
        the time the last of them arrived."""
        data = bytearray()
        last = None
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            wait = QUIET if data else TIMEOUT
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if data:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            last = time.perf_counter()
        if not data:
            raise RuntimeError("the browser wrote nothing within %d s" % TIMEOUT)
        return bytes(data), last

    def send(self, keys):
        os.write(self.fd, keys)

    def close(self):
        """Quits with `q`; returns the CPU seconds (user + system) the process used."""
        try:
            self.send(b"q")
            deadline = time.perf_counter() + TIMEOUT
            while time.perf_counter() < deadline:
                done, _, usage = os.wait4(self.pid, os.WNOHANG)
                if done:
                    return usage.ru_utime + usage.ru_stime
                select.select([self.fd], [], [], 0.05)
                try:
                    os.read(self.fd, 65536)
                except OSError:
                    pass
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            return None
        finally:
            os.close(self.fd)


def first_screen(binary):
    """Wall-clock milliseconds to the first screen, its bytes, and the CPU milliseconds of
    the whole run (start, first screen, quit): the latter hardly depends on what else the
    machine is doing."""
    browser = Browser(binary)
    try:
        data, last = browser.burst()
    except BaseException:
        browser.close()
        raise
    cpu = browser.close()
    return (last - browser.started) * 1000, len(data), None if cpu is None else cpu * 1000


# Each view, how to reach it from the first screen, the key that moves one row, and the
# most bytes that move may write. In the lists only the two rows change (and a footer
# count): a few hundred bytes. In the timeline the detail pane beside the list shows the
# newly selected event, so its text is written too (about a kilobyte for the article's
# events); the whole screen is about 4,200 bytes, so either budget proves that only what
# changed is sent.
MOVES = [
    ("timeline, j", b"", b"j", 2000),
    ("timeline, Down arrow", b"", b"\x1bOB", 2000),
    ("people & units, j", b"2", b"j", 500),
    ("sources, j", b"3", b"j", 500),
]


def move_bytes(binary, view_keys, move_key, moves):
    """Bytes written for each of `moves` one-row moves in a view."""
    browser = Browser(binary)
    try:
        browser.burst()
        if view_keys:
            browser.send(view_keys)
            browser.burst()
        counts = []
        for _ in range(moves):
            browser.send(move_key)
            data, _ = browser.burst()
            counts.append(len(data))
        return counts
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", nargs="?", default=".build/release/leakline")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--moves", type=int, default=8)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print("terminal-figures: '%s' is not an executable; build it with "
              "swift build -c release" % args.binary, file=sys.stderr)
        return 2

    first = [first_screen(args.binary) for _ in range(args.runs)]
    times = sorted(ms for ms, _, _ in first)
    cpu = sorted(c for _, _, c in first if c is not None)
    moves = {name: move_bytes(args.binary, view, key, args.moves) for name, view, key, _ in MOVES}
    budgets = {name: budget for name, _, _, budget in MOVES}

    figures = {
        "terminal": "%dx%d, TERM=xterm-256color" % (COLUMNS, ROWS),
        "firstScreen": {
            "runs": args.runs,
            "medianMs": round(statistics.median(times), 1),
            "minMs": round(times[0], 1),
            "maxMs": round(times[-1], 1),
            "bytes": first[0][1],
            "cpuMedianMs": round(statistics.median(cpu), 1) if cpu else None,
        },
        "oneRowMoveBytes": {
            name: {"median": statistics.median(c), "max": max(c), "each": c} for name, c in moves.items()
        },
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        f = figures["firstScreen"]
        print("terminal: %s" % figures["terminal"])
        print("first screen (process start to last byte), %d runs: median %.1f ms, min %.1f ms, "
              "max %.1f ms; %d bytes" % (f["runs"], f["medianMs"], f["minMs"], f["maxMs"], f["bytes"]))
        if f["cpuMedianMs"] is not None:
            print("  CPU time of a whole run (start, first screen, q): median %.1f ms" % f["cpuMedianMs"])
        print("bytes written by one keystroke that moves the selection one row (%d moves each):"
              % args.moves)
        for name, c in figures["oneRowMoveBytes"].items():
            print("  %-24s median %5d, max %5d" % (name, c["median"], c["max"]))

    if not args.check:
        return 0
    passed = failed = 0
    for name, c in figures["oneRowMoveBytes"].items():
        budget = budgets[name]
        if c["max"] <= budget:
            print("ok   one-row move writes at most %d bytes: %s (%d)" % (budget, name, c["max"]))
            passed += 1
        else:
            print("FAIL one-row move writes at most %d bytes: %s wrote %s" % (budget, name, c["each"]))
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
