import CNcursesw
import Glibc
import LeaklineModel
import LeaklineUI

/// Runs a `TerminalProgram` in the terminal until it quits or a signal ends it.
///
/// The loop: tell the program the size, render, then repeatedly wait for input, hand the
/// events to `handle(batch:)`, perform the effects it returns (feeding file results back as events),
/// render once and update the screen once. Events that arrive together (key repeat, a resize
/// storm) are handled as a batch before a single frame is drawn. The wait is bounded by
/// `CursesOptions.pollInterval`, so signal flags are seen even if a signal does not
/// interrupt it; the loop never sleeps otherwise.
///
/// ```swift
/// var browser = Browser(caseFile: caseFile)
/// let status = try CursesRunner.run(&browser, options: CursesOptions())
/// ```
package enum CursesRunner {
  /// The most events handled before a frame is drawn, so a flood of input cannot starve the
  /// screen.
  private static let batchLimit = 256

  /// Runs `program` until it quits; returns the exit status.
  ///
  /// The status is the one in `.quit(status:)`, or 128 + the signal number when SIGINT
  /// (Ctrl-C, 130), SIGTERM (143) or SIGHUP (129, also when the terminal goes away) ended the
  /// run. The terminal is restored before this returns or throws.
  ///
  /// With a `notebook`, the loop also waits on its store's `wakeDescriptor` (poll on both
  /// at once): when it is readable, `readNew()` is handed to the program as
  /// `.notebookRead`, so another process's change shows without a keystroke, and a
  /// keystroke never waits on the store. `.appendToNotebook` effects are performed with
  /// the store's `append`, answered by `.notebookWritten`.
  ///
  /// - Throws: `TerminalError` when the terminal cannot be set up; nothing was drawn then.
  package static func run<P: TerminalProgram>(
    _ program: inout P, options: CursesOptions, notebook: (any NotebookStore)? = nil
  ) throws(TerminalError) -> Int32 {
    let terminal = try CursesTerminal(options: options)
    defer { terminal.restore() }
    var renderer = CursesRenderer(terminal: terminal)
    var toldSize = terminal.size
    var pending: [TerminalEvent] = [.resized(toldSize)]
    var repaintAll = false
    var opener = URLOpener(browser: options.webBrowser)

    while true {
      // Handle everything queued as one batch (so the program can skip work a later event
      // makes stale), then the results of effects performed along the way.
      while !pending.isEmpty {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        for effect in program.handle(batch: batch) {
          switch effect {
          case .quit(let status):
            return status
          case .writeFile(let path, let contents, let overwrite):
            var error: String?
            do {
              // A pipe nobody reads is a message, not a frozen browser.
              try FileWriter.write(
                contents, to: path, overwrite: overwrite, waitingForReader: false)
            } catch let failure {
              error = failure.description
            }
            pending.append(.fileWritten(path: path, error: error))
          case .appendToNotebook(let changes):
            pending.append(NotebookWake.append(changes, to: notebook))
          case .editText(let text):
            pending.append(EditorHandover.edit(text, with: options.editor))
            repaintAll = true
          case .openURL(let url):
            pending.append(.urlOpened(url: url, error: opener.open(url)))
          case .copyToClipboard(let text):
            terminal.writeRaw(ClipboardSequence.osc52(text))
          }
        }
        if pending.isEmpty, terminal.size != toldSize {
          toldSize = terminal.size  // resized while handling: say so before drawing
          pending.append(.resized(toldSize))
        }
      }

      terminal.captureMouse(options.allowsMouse && program.wantsMouse)
      var buffer = ScreenBuffer(size: toldSize)
      program.render(into: &buffer)
      renderer.draw(buffer, repaintAll: repaintAll)
      repaintAll = false

      // Wait for the next batch of input.
      waiting: while true {
        opener.reap()
        let signal = cnc_take_quit_signal()
        if signal != 0 { return 128 + signal }
        if cnc_take_resumed() == 1 {
          terminal.resumeAfterSuspend()
          repaintAll = true
          if terminal.size != toldSize {
            toldSize = terminal.size
            pending.append(.resized(toldSize))
          }
          break waiting
        }
        if let notebook, let descriptor = notebook.wakeDescriptor,
          NotebookWake.waitForInput(or: descriptor, timeout: options.pollInterval)
        {
          pending.append(NotebookWake.readNew(notebook))
          drain(terminal, into: &pending, size: &toldSize)
          break waiting
        }
        switch terminal.read(timeout: notebook?.wakeDescriptor == nil ? options.pollInterval : 0) {
        case .event(let event):
          record(event, into: &pending, size: &toldSize)
          drain(terminal, into: &pending, size: &toldSize)
          break waiting
        case .ignored:
          continue waiting
        case .none:
          if terminal.isInputClosed { return 128 + SIGHUP }
        }
      }
    }
  }

  /// Reads whatever input is already waiting, without blocking, up to `batchLimit` events.
  private static func drain(
    _ terminal: CursesTerminal, into pending: inout [TerminalEvent], size: inout Size
  ) {
    var count = 1
    while count < batchLimit {
      switch terminal.read(timeout: 0) {
      case .event(let event):
        record(event, into: &pending, size: &size)
        count += 1
      case .ignored:
        count += 1
      case .none:
        return
      }
    }
  }

  /// Queues `event`, remembering the latest size a resize announced.
  private static func record(
    _ event: TerminalEvent, into pending: inout [TerminalEvent], size: inout Size
  ) {
    if case .resized(let newSize) = event { size = newSize }
    pending.append(event)
  }
}
