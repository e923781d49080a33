/*
 * cncursesw.h: ncursesw with the wide-character API switched on, plus what Swift cannot import.
 *
 * Why this header exists:
 * - SwiftPM drops pkg-config -D flags and C-target cSettings never reach the Swift importer,
 *   so the wide-character switch must be #defined here, before <curses.h>.
 * - Attributes (A_BOLD, ...), getmaxyx, WACS_* are macros Swift cannot import; stdscr, curscr,
 *   LINES and COLS are mutable globals that Swift 6 rejects. Each gets a static inline wrapper.
 * - Signal handling and saved terminal state live in cncursesw.c (header-only state would be
 *   per importing module).
 * Only LeaklineCurses imports this module.
 */
#ifndef CNCURSESW_H
#define CNCURSESW_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <stdint.h>
#include <wchar.h>
#include <curses.h>

/* ---- Attributes and colours (NCURSES_BITS macros) ---- */

/** A_NORMAL. */
static inline attr_t cnc_attr_normal(void) { return A_NORMAL; }
/** A_BOLD. */
static inline attr_t cnc_attr_bold(void) { return A_BOLD; }
/** A_REVERSE. */
static inline attr_t cnc_attr_reverse(void) { return A_REVERSE; }
/** A_UNDERLINE. */
static inline attr_t cnc_attr_underline(void) { return A_UNDERLINE; }
/** A_DIM. */
static inline attr_t cnc_attr_dim(void) { return A_DIM; }
/** COLOR_PAIR(n) as an attribute. */
static inline attr_t cnc_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
/** The COLOR_PAIRS global: how many colour pairs the terminal has (0 before start_color). */
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

/* ---- Windows and sizes (Swift 6 rejects the mutable globals) ---- */

/** stdscr. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
/** curscr: ncurses' idea of what is on the physical screen. */
static inline WINDOW *cnc_curscr(void) { return curscr; }
/** getmaxyx(w, *rows, *columns). */
static inline void cnc_getmaxyx(WINDOW *w, int *rows, int *columns) {
  int y = 0, x = 0;
  if (w) { getmaxyx(w, y, x); }
  *rows = y;
  *columns = x;
}
/** wborder_set with the wide-character line drawing set (WACS_*), so dumps show ┌─┐, not lqk. */
static inline int cnc_box(WINDOW *w) {
  return wborder_set(w, WACS_VLINE, WACS_VLINE, WACS_HLINE, WACS_HLINE,
                     WACS_ULCORNER, WACS_URCORNER, WACS_LLCORNER, WACS_LRCORNER);
}

/* ---- Input ---- */

/**
 * wget_wch(w, &ch): returns OK (a character in *out), KEY_CODE_YES (a KEY_* code in *out)
 * or ERR (timeout, or interrupted by a signal).
 */
static inline int cnc_get_wch(WINDOW *w, uint32_t *out) {
  wint_t ch = 0;
  int status = wget_wch(w, &ch);
  *out = (uint32_t)ch;
  return status;
}
/** keyname(code), for diagnostics; NULL when the code has no name. */
static inline const char *cnc_keyname(int code) { return keyname(code); }

/* ---- Mouse ---- */

/* Mouse event kinds reported by cnc_get_mouse (macros, so Swift sees plain Int32 constants). */
#define CNC_MOUSE_NONE 0
#define CNC_MOUSE_CLICK 1
#define CNC_MOUSE_DOUBLE_CLICK 2
#define CNC_MOUSE_WHEEL_UP 3
#define CNC_MOUSE_WHEEL_DOWN 4
/** Turns mouse reporting on (clicks, double clicks, wheel) or off; wraps mousemask. */
int cnc_set_mouse(int enabled);
/** getmouse, reduced to one CNC_MOUSE_* kind and the cell; CNC_MOUSE_NONE if nothing usable. */
static inline int cnc_get_mouse(int *row, int *column) {
  MEVENT event;
  if (getmouse(&event) != OK) { return CNC_MOUSE_NONE; }
  *row = event.y;
  *column = event.x;
  if (event.bstate & BUTTON1_DOUBLE_CLICKED) { return CNC_MOUSE_DOUBLE_CLICK; }
  if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) { return CNC_MOUSE_CLICK; }
  if (event.bstate & BUTTON4_PRESSED) { return CNC_MOUSE_WHEEL_UP; }
#ifdef BUTTON5_PRESSED
  if (event.bstate & BUTTON5_PRESSED) { return CNC_MOUSE_WHEEL_DOWN; }
#endif
  return CNC_MOUSE_NONE;
}

/* ---- Output ---- */

/** The C library's wcwidth for one scalar (what ncurses uses to advance the cursor). */
int cnc_wcwidth(uint32_t scalar);
/**
 * Draws one grapheme cluster at (row, column): setcchar + mvwadd_wch.
 * `scalars` holds the cluster's Unicode scalars; scalars after the first that the C library
 * does not consider zero-width are dropped (ncurses requires that), as are any beyond what a
 * cchar_t holds. Returns the C library's width of the first scalar, or -1 if it cannot be drawn.
 */
int cnc_put_cluster(WINDOW *w, int row, int column, const uint32_t *scalars, int count,
                    attr_t attributes, int pair);

/* ---- Terminal lifecycle ---- */

/** setlocale(LC_ALL, ""), falling back to LC_CTYPE=C.UTF-8; returns 1 if the codeset is UTF-8. */
int cnc_setup_locale(void);
/**
 * Saves the terminal's termios (before curses starts), installs the signal handlers (before
 * newterm, so ncurses keeps its hands off SIGINT/SIGTERM/SIGTSTP) and registers the atexit
 * restore (once). cnc_restore undoes the handlers.
 */
void cnc_prepare(void);
/** newterm(term, stdout, stdin) + set_term; NULL when ncurses does not know the terminal type. */
SCREEN *cnc_newterm(const char *term);
/**
 * Marks curses as active and captures the terminfo strings (sgr0, cnorm, rmkx, rmcup) that the
 * crash and suspend handlers write; call right after cnc_newterm and mode setup.
 */
void cnc_did_start(void);
/** Clears IXON (so Ctrl-S/Ctrl-Q reach the program) and IEXTEN, then def_prog_mode. */
void cnc_disable_flow_control(void);
/**
 * Restores the terminal (endwin, then the termios saved before curses) and puts back the signal
 * dispositions found by cnc_prepare. Idempotent.
 */
void cnc_restore(void);
/** SIGINT, SIGTERM or SIGHUP if one arrived since the last call (cleared), else 0. */
int cnc_take_quit_signal(void);
/** 1 if the process was resumed after Ctrl-Z (SIGCONT) since the last call (cleared), else 0. */
int cnc_take_resumed(void);
/** Re-enters curses mode after a suspend: a full repaint happens on the next doupdate. */
void cnc_resume(void);
/* Hands the terminal to a child program (the reader's editor): restores it as found, with
 * the real stderr; cnc_return_from_child takes it back and repaints. */
void cnc_leave_for_child(void);
void cnc_return_from_child(void);
/** 1 if standard input has hung up or closed (so reads would return at once forever). */
int cnc_input_closed(void);

#endif /* CNCURSESW_H */
