import Foundation

/// An inotify descriptor on the notebook's folder that becomes readable when a file in it
/// changes, for the browser's event loop to wait on beside the terminal.
///
/// The folder, not the file: an editor that saves by renaming a new file into place, or a
/// `git checkout`, replaces the file, and a watch on the old file would go quiet. Events
/// are only hints; ``FileNotebookStore/readNew()`` compares the file with what it read.
/// Where inotify is missing (or out of watches) there is no descriptor, and calling
/// `readNew()` now and then is the fallback: it costs one `stat` when nothing changed.
final class NotebookFolderWatch {
  let descriptor: Int32

  init?(folder: String) {
    let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard fd >= 0 else { return nil }
    let mask =
      UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)
      | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)
    guard inotify_add_watch(fd, folder, mask) >= 0 else {
      close(fd)
      return nil
    }
    descriptor = fd
  }

  /// Reads every pending event, so the descriptor is quiet until the next change.
  func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }

  deinit { close(descriptor) }
}
