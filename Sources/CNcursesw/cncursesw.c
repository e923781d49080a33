/*
 * cncursesw.c: terminal state and signal handling for the curses backend.
 *
 * The rule this file enforces: whatever way the process ends, the terminal is left as it was
 * found (cooked mode, echo on, cursor visible, main screen, mouse reporting off).
 *
 * - SIGINT, SIGTERM, SIGHUP only set a flag (no SA_RESTART, so wget_wch returns); the Swift
 *   loop sees it, restores through endwin and exits 130/143/129. A second one while the first
 *   is still unhandled (a stuck loop) restores the terminal here and _exits.
 * - Crash signals restore the terminal async-signal-safely (tcsetattr with the termios saved
 *   before curses started, then write() of the terminfo strings captured at start), then hand
 *   the signal to the previous handler (the Swift runtime's backtracer, if installed) or re-raise
 *   it with the default disposition.
 * - SIGTSTP restores the same way, stops with the default action, and on SIGCONT sets a flag so
 *   the loop re-enters curses mode and repaints everything.
 * - SIGWINCH is left to ncurses, which turns it into KEY_RESIZE.
 * - While curses is active, standard error goes to a memory file instead of the screen (a
 *   stray message would scribble over the frame, and a crash message would vanish with the
 *   alternate screen); whatever was written is replayed to the real stderr on restore, so
 *   "Fatal error: …" still appears above the crash report.
 */
#define _GNU_SOURCE 1
#include "cncursesw.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t have_saved_termios = 0;
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t mouse_active = 0;
static volatile sig_atomic_t pending_quit_signal = 0;
static volatile sig_atomic_t resumed_flag = 0;
static int handlers_installed = 0;
static int atexit_registered = 0;
static int started = 0;

/* sgr0 cnorm rmkx rmcup, captured after newterm; written by the signal handlers. */
static char restore_sequence[512];
static size_t restore_length = 0;
/* xterm-style mouse reporting off: normal, button-event, any-event and SGR modes. */
static const char mouse_off_sequence[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT};
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];
/* Sent by the terminal, the shell or kill: quit (INT, TERM, HUP) or suspend (TSTP). */
static const int terminal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP};
#define TERMINAL_SIGNAL_COUNT (sizeof terminal_signals / sizeof terminal_signals[0])
static struct sigaction previous_terminal_actions[TERMINAL_SIGNAL_COUNT];

/* The real standard error, and the memory file standing in for it while curses is active. */
static volatile int real_stderr = -1;
static volatile int captured_stderr = -1;

/* Writes all of `length` bytes to `fd`, ignoring errors (async-signal-safe). */
static void write_all_to(int fd, const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0 && errno == EINTR) { continue; }
    if (written <= 0) { return; }
    bytes += written;
    length -= (size_t)written;
  }
}

/* Writes all of `length` bytes to standard output, ignoring errors (async-signal-safe). */
static void write_all(const char *bytes, size_t length) {
  write_all_to(STDOUT_FILENO, bytes, length);
}

/* Sends standard error to a memory file until release_stderr. */
static void capture_stderr(void) {
  if (captured_stderr >= 0) { return; }
  int memory = memfd_create("leakline-stderr", MFD_CLOEXEC);
  if (memory < 0) { return; }
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
  if (saved < 0 || dup2(memory, STDERR_FILENO) < 0) {
    if (saved >= 0) { close(saved); }
    close(memory);
    return;
  }
  real_stderr = saved;
  captured_stderr = memory;
}

/* Points standard error back at the real one and replays what was captured
   (async-signal-safe: dup2, lseek, read, write, close). */
static void release_stderr(void) {
  int memory = captured_stderr;
  if (memory < 0) { return; }
  captured_stderr = -1;
  dup2(real_stderr, STDERR_FILENO);
  close(real_stderr);
  real_stderr = -1;
  char chunk[4096];
  ssize_t count;
  lseek(memory, 0, SEEK_SET);
  while ((count = read(memory, chunk, sizeof chunk)) > 0) {
    write_all_to(STDERR_FILENO, chunk, (size_t)count);
  }
  close(memory);
}

/* Puts the terminal back without calling into ncurses; safe inside a signal handler. */
static void restore_async_signal_safe(void) {
  if (!curses_active) { return; }
  curses_active = 0;
  if (mouse_active) { write_all(mouse_off_sequence, sizeof mouse_off_sequence - 1); }
  write_all(restore_sequence, restore_length);
  if (have_saved_termios) { tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios); }
  release_stderr();
}

static void on_quit_signal(int signal_number) {
  if (pending_quit_signal != 0) {
    /* The loop has not picked up the first one: it is stuck. Leave now, terminal restored. */
    restore_async_signal_safe();
    _exit(128 + signal_number);
  }
  pending_quit_signal = signal_number;
}

static void on_crash_signal(int signal_number, siginfo_t *info, void *context) {
  int saved_errno = errno;
  restore_async_signal_safe();
  for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    if (crash_signals[i] != signal_number) { continue; }
    struct sigaction previous = previous_crash_actions[i];
    sigaction(signal_number, &previous, NULL);
    errno = saved_errno;
    if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != NULL) {
      previous.sa_sigaction(signal_number, info, context);  /* e.g. the Swift backtracer */
    } else if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler != SIG_DFL &&
               previous.sa_handler != SIG_IGN) {
      previous.sa_handler(signal_number);
    }
    break;
  }
  signal(signal_number, SIG_DFL);
  raise(signal_number);  /* SA_NODEFER: delivered now, with the default action */
}

static void on_stop_signal(int signal_number) {
  (void)signal_number;
  int saved_errno = errno;
  int was_active = curses_active;
  restore_async_signal_safe();

  struct sigaction default_action;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  struct sigaction ours;
  sigaction(SIGTSTP, &default_action, &ours);

  sigset_t stop_set, previous_mask;
  sigemptyset(&stop_set);
  sigaddset(&stop_set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &stop_set, &previous_mask);
  raise(SIGTSTP);  /* stops here until SIGCONT */
  sigprocmask(SIG_SETMASK, &previous_mask, NULL);

  sigaction(SIGTSTP, &ours, NULL);
  if (was_active) {
    curses_active = 1;
    resumed_flag = 1;
  }
  errno = saved_errno;
}

static void install_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; /* no SA_RESTART: a blocking read returns so the loop sees the flag */
  for (size_t i = 0; i < TERMINAL_SIGNAL_COUNT; i++) {
    action.sa_handler = terminal_signals[i] == SIGTSTP ? on_stop_signal : on_quit_signal;
    sigaction(terminal_signals[i], &action, &previous_terminal_actions[i]);
  }

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_SIGINFO | SA_NODEFER;
  crash.sa_sigaction = on_crash_signal;
  for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    sigaction(crash_signals[i], &crash, &previous_crash_actions[i]);
  }
}

static void restore_at_exit(void) { cnc_restore(); }

int cnc_setup_locale(void) {
  setlocale(LC_ALL, "");
  if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0) { return 1; }
  /* LANG=C or unset: wide characters would come out as garbage. C.UTF-8 is always present
     on glibc ≥ 2.35; the other names cover older systems. */
  static const char *const fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
  for (size_t i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
    if (setlocale(LC_CTYPE, fallbacks[i]) != NULL &&
        strcmp(nl_langinfo(CODESET), "UTF-8") == 0) {
      return 1;
    }
  }
  return 0;
}

/* Puts back the dispositions found before cnc_prepare, so code running after the browser
   (or after a refusal) gets Ctrl-C and crashes handled as usual. */
static void uninstall_handlers(void) {
  for (size_t i = 0; i < TERMINAL_SIGNAL_COUNT; i++) {
    sigaction(terminal_signals[i], &previous_terminal_actions[i], NULL);
  }
  for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    sigaction(crash_signals[i], &previous_crash_actions[i], NULL);
  }
}

void cnc_prepare(void) {
  if (!curses_active && isatty(STDIN_FILENO)) {
    have_saved_termios = tcgetattr(STDIN_FILENO, &saved_termios) == 0;
  }
  if (!handlers_installed) {
    handlers_installed = 1;
    install_handlers();
  }
  if (!atexit_registered) {
    atexit_registered = 1;
    atexit(restore_at_exit);
  }
}

SCREEN *cnc_newterm(const char *term) {
  SCREEN *screen = newterm(term, stdout, stdin);
  if (screen != NULL) {
    set_term(screen);
    started = 1;
  }
  return screen;
}

/* Appends terminfo capability `name` to the restore sequence if the terminal has it. */
static void capture(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) { return; }
  size_t length = strlen(value);
  if (restore_length + length >= sizeof restore_sequence) { return; }
  memcpy(restore_sequence + restore_length, value, length);
  restore_length += length;
}

void cnc_did_start(void) {
  restore_length = 0;
  capture("sgr0");
  capture("cnorm");
  capture("rmkx");
  capture("rmcup");
  curses_active = 1;
  capture_stderr();
}

void cnc_disable_flow_control(void) {
  struct termios modes;
  if (tcgetattr(STDIN_FILENO, &modes) != 0) { return; }
  modes.c_iflag &= ~(tcflag_t)IXON;
  modes.c_lflag &= ~(tcflag_t)IEXTEN;
  if (tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0) { def_prog_mode(); }
}

void cnc_restore(void) {
  curses_active = 0;
  if (started && !isendwin()) {
    if (mouse_active) {
      mousemask(0, NULL);
      mouse_active = 0;
    }
    curs_set(1);
    endwin();
  }
  if (have_saved_termios) { tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios); }
  release_stderr();
  if (handlers_installed) {
    handlers_installed = 0;
    uninstall_handlers();
  }
}

int cnc_take_quit_signal(void) {
  int signal_number = pending_quit_signal;
  pending_quit_signal = 0;
  return signal_number;
}

int cnc_take_resumed(void) {
  int value = resumed_flag;
  resumed_flag = 0;
  return value;
}

void cnc_resume(void) {
  /* Our stop handler left curses mode behind ncurses' back. endwin() tells ncurses, so the
     next doupdate re-enters program mode (alternate screen, keypad, cursor, attributes, mouse)
     from scratch. But endwin also sends rmcup, and a second rmcup on the main screen would
     restore the cursor saved when the program first started, so the shell's lines printed
     during the stop get overwritten on exit. Entering the alternate screen first makes
     endwin's rmcup save-and-restore the cursor where the shell left it. */
  char *enter_alternate_screen = tigetstr("smcup");
  if (enter_alternate_screen != NULL && enter_alternate_screen != (char *)-1) {
    /* Straight to the tty: putp may go through stdio and arrive after endwin's output.
       ncurses has nothing buffered here; the last frame ended with a flush. */
    write_all(enter_alternate_screen, strlen(enter_alternate_screen));
  }
  endwin();
  clearok(curscr, TRUE);
  capture_stderr();
}

int cnc_input_closed(void) {
  struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
  if (poll(&input, 1, 0) < 0) { return 0; }
  return (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

int cnc_set_mouse(int enabled) {
  mmask_t wanted = 0;
  if (enabled) {
    wanted = BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
  }
  mmask_t granted = mousemask(wanted, NULL);
  mouse_active = (enabled && granted != 0) ? 1 : 0;
  return mouse_active;
}

int cnc_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

int cnc_put_cluster(WINDOW *w, int row, int column, const uint32_t *scalars, int count,
                    attr_t attributes, int pair) {
  if (count <= 0) { return -1; }
  int width = wcwidth((wchar_t)scalars[0]);
  if (width <= 0) { return -1; }
  wchar_t text[CCHARW_MAX + 1];
  int length = 0;
  text[length++] = (wchar_t)scalars[0];
  for (int i = 1; i < count && length < CCHARW_MAX - 1; i++) {
    /* ncurses accepts only non-spacing characters after the first one. */
    if (wcwidth((wchar_t)scalars[i]) == 0) { text[length++] = (wchar_t)scalars[i]; }
  }
  text[length] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, text, attributes, (NCURSES_PAIRS_T)pair, NULL) != OK) { return -1; }
  mvwadd_wch(w, row, column, &cell);
  return width;
}

void cnc_leave_for_child(void) { restore_async_signal_safe(); }

void cnc_return_from_child(void) {
  curses_active = 1;
  cnc_resume();
}
