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
  --check             exit 1 when a one-row move does not move the selection one row (read
                      from the status line's counter on the screen the output draws), or
                      writes more than its view's budget (see MOVES); neither depends on
                      the machine's speed, so this is safe to check in CI (times are
                      printed, never checked)

Prints a table (or JSON), and with --check "N passed, N failed" for the byte budgets. See
docs/performance.md for the latest figures.
"""

import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time
import unicodedata

COLUMNS, ROWS = 100, 30
# Output that stops for this long marks the end of one screen update. ncurses writes a
# whole update in one go (one doupdate per key), so a pause this long means it is done.
QUIET = 0.25
TIMEOUT = 10.0


class Screen:
    """Just enough of a terminal to read what the browser drew: the characters in each cell,
    from the control sequences ncurses sends for TERM=xterm-256color (cursor moves, erases,
    repeats, inserts and deletes, scrolling). Attributes and modes are read and ignored."""

    def __init__(self, columns, rows):
        self.columns, self.rows = columns, rows
        self.cells = [[" "] * columns for _ in range(rows)]
        self.row = self.column = 0
        self.top, self.bottom = 0, rows - 1
        self.saved = (0, 0)
        self.last = " "
        self.pending = b""

    def line(self, row):
        """Row `row` (0-based) as text, trailing spaces removed."""
        return "".join(c for c in self.cells[row] if c is not None).rstrip()

    def feed(self, data):
        data = self.pending + data
        self.pending = b""
        i = 0
        while i < len(data):
            byte = data[i]
            if byte == 0x1B:
                match = ESCAPE.match(data, i)
                if not match or (match.end() == i + 2 and data[i + 1:i + 2] == b"["):
                    self.pending = data[i:]  # a sequence cut by the read; finish it next time
                    return
                self.escape(match.group(0))
                i = match.end()
            elif byte == 0x0D:
                self.column = 0
                i += 1
            elif byte == 0x0A:
                self.line_feed()
                i += 1
            elif byte == 0x08:
                self.column = max(0, self.column - 1)
                i += 1
            elif byte < 0x20:
                i += 1
            else:
                length = 1 if byte < 0x80 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                if i + length > len(data):
                    self.pending = data[i:]
                    return
                self.put(data[i:i + length].decode("utf-8", "replace"))
                i += length

    def put(self, char):
        width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if self.column + width > self.columns:
            return  # ncurses never wraps on purpose; the last column stays as it is
        self.cells[self.row][self.column] = char
        if width == 2:
            self.cells[self.row][self.column + 1] = None
        self.column += width
        self.last = char

    def line_feed(self):
        if self.row == self.bottom:
            self.scroll(1)
        else:
            self.row = min(self.rows - 1, self.row + 1)

    def scroll(self, n):
        """Scrolls the region up by n rows (down when n is negative)."""
        region = self.cells[self.top:self.bottom + 1]
        blank = [[" "] * self.columns for _ in range(abs(n))]
        region = region[n:] + blank if n > 0 else blank + region[:n]
        self.cells[self.top:self.bottom + 1] = region[:self.bottom + 1 - self.top]

    def escape(self, sequence):
        if sequence in (b"\x1b7", b"\x1b8"):
            if sequence == b"\x1b7":
                self.saved = (self.row, self.column)
            else:
                self.row, self.column = self.saved
            return
        if sequence == b"\x1bM":
            if self.row == self.top:
                self.scroll(-1)
            else:
                self.row = max(0, self.row - 1)
            return
        if sequence in (b"\x1bD", b"\x1bE"):
            self.line_feed()
            if sequence == b"\x1bE":
                self.column = 0
            return
        if not sequence.startswith(b"\x1b[") or sequence[2:3] == b"?":
            return  # charsets, keypad and private modes change nothing on screen
        final = chr(sequence[-1])
        numbers = [int(p) if p else 0 for p in sequence[2:-1].decode().split(";")]
        n = max(1, numbers[0])
        row, column, width = self.row, self.column, self.columns
        if final in "Hf":
            self.row = min(self.rows - 1, max(1, numbers[0]) - 1)
            self.column = min(width - 1, max(1, numbers[1] if len(numbers) > 1 else 1) - 1)
        elif final == "d":
            self.row = min(self.rows - 1, n - 1)
        elif final in "G`":
            self.column = min(width - 1, n - 1)
        elif final == "A":
            self.row = max(0, row - n)
        elif final == "B":
            self.row = min(self.rows - 1, row + n)
        elif final == "C":
            self.column = min(width - 1, column + n)
        elif final == "D":
            self.column = max(0, column - n)
        elif final == "K":
            start, end = {0: (column, width), 1: (0, column + 1), 2: (0, width)}[numbers[0]]
            self.cells[row][start:end] = [" "] * (end - start)
        elif final == "J":
            if numbers[0] == 0:
                self.cells[row][column:] = [" "] * (width - column)
                rows = range(row + 1, self.rows)
            else:
                rows = range(self.rows) if numbers[0] >= 2 else range(row)
            for r in rows:
                self.cells[r] = [" "] * width
        elif final == "X":
            end = min(width, column + n)
            self.cells[row][column:end] = [" "] * (end - column)
        elif final == "b":
            for _ in range(n):
                self.put(self.last)
        elif final == "@":
            line = self.cells[row]
            self.cells[row] = (line[:column] + [" "] * n + line[column:])[:width]
        elif final == "P":
            line = self.cells[row]
            self.cells[row] = line[:column] + line[column + n:] + [" "] * n
        elif final in "LM" and self.top <= row <= self.bottom:
            saved_top, self.top = self.top, row
            self.scroll(-n if final == "L" else n)
            self.top = saved_top
        elif final in "ST":
            self.scroll(n if final == "S" else -n)
        elif final == "r":
            self.top = max(1, numbers[0]) - 1
            self.bottom = (numbers[1] if len(numbers) > 1 and numbers[1] else self.rows) - 1
            self.row = self.column = 0


# One escape sequence: CSI (parameters, then a final byte), a charset choice, or two bytes.
ESCAPE = re.compile(rb"\x1b(?:\[[0-9;?>=!]*[ -/]*[@-~]|[()*+][0-9A-Za-z]|[ -~])")


class Browser:
    """The binary on a pseudo-terminal of COLUMNS x ROWS, and the screen it has drawn."""

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
        self.screen = Screen(COLUMNS, ROWS)
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
        self.screen.feed(bytes(data))
        return bytes(data), last

    def position(self):
        """The selection's place as the status line counts it, ("6", "66"), or None."""
        match = re.search(r" (\d+)/(\d+)$", self.screen.line(ROWS - 2))
        return (int(match.group(1)), int(match.group(2))) if match else None

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
    """Bytes written for each of `moves` one-row moves in a view, and the selection's place
    on screen before the first move and after each (the status line's "6/66")."""
    browser = Browser(binary)
    try:
        browser.burst()
        if view_keys:
            browser.send(view_keys)
            browser.burst()
        counts, places = [], [browser.position()]
        for _ in range(moves):
            browser.send(move_key)
            data, _ = browser.burst()
            counts.append(len(data))
            places.append(browser.position())
        return counts, places
    finally:
        browser.close()


def moved_one_row_each(places):
    """Whether every move took the selection exactly one row down."""
    return None not in places and all(
        b == (a[0] + 1, a[1]) for a, b in zip(places, places[1:]))


def shown(places):
    """The places as the status line shows them: 1/66 → 2/66 → …"""
    return " → ".join("?" if p is None else "%d/%d" % p for p in places)


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
    measured = {name: move_bytes(args.binary, view, key, args.moves) for name, view, key, _ in MOVES}
    moves = {name: counts for name, (counts, _) in measured.items()}
    places = {name: p for name, (_, p) in measured.items()}
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
        "selectionPlaces": {name: shown(p) for name, p in places.items()},
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
    # A byte budget means nothing if the key did not move the selection: each move must take
    # it exactly one row down, as the status line's counter shows it on the screen.
    for name, p in places.items():
        if moved_one_row_each(p):
            print("ok   each move takes the selection one row down: %s (%s)" % (name, shown(p)))
            passed += 1
        else:
            print("FAIL each move takes the selection one row down: %s (%s)" % (name, shown(p)))
            failed += 1
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
