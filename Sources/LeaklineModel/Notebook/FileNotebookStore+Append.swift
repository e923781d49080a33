import Foundation

extension FileNotebookStore {
  /// Appends `changes` as lines: under the lock, with one `write` in append mode, then
  /// `fdatasync` (and, for a new file, a sync of its folder, so the name survives a
  /// crash too). Returns only when the changes are on disk.
  ///
  /// A failed sync is never retried and called a success (Linux may already have dropped
  /// the pages): the error says the changes are not saved, and the caller keeps them.
  public func append(_ changes: [NotebookChange]) throws(NotebookError) {
    guard !changes.isEmpty else { return }
    for change in changes {
      if let why = NotebookLimits.problem(with: change) {
        throw NotebookError(location: path, message: "Not saved: \(why).")
      }
    }
    var lines: [UInt8] = []
    for change in changes { lines += NotebookLine.encode(change) }

    if createsFolder { try makeFolder() }
    let lock = FileLock(path: lockPath, exclusive: true)
    defer { lock.release() }
    if let code = lock.failure, code != ENOENT {
      throw NotebookError(
        location: path, message: "Not saved: " + Self.reason(code, reading: false))
    }

    let existed = access(path, F_OK) == 0
    // Read and write: the last byte is read to see whether a torn line needs a fence.
    let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw NotebookError(
        location: path, message: "Not saved: " + Self.reason(errno, reading: false))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw NotebookError(
        location: path, message: "Not saved: " + Self.reason(errno, reading: false))
    }
    let size = Int(info.st_size)
    if size + lines.count > NotebookLimits.notebookBytes {
      throw NotebookError(
        location: path,
        message:
          "Not saved: the notebook would grow past \(NotebookLimits.notebookBytes / 1_000_000) MB. Move it aside (it is kept as it is) and start a new one with --notes PATH."
      )
    }
    // After a torn last line, start on a fresh line: the fragment stays a line of its own.
    if size > 0 {
      var last: UInt8 = 0
      if pread(descriptor, &last, 1, off_t(size - 1)) == 1, last != 0x0A {
        lines.insert(0x0A, at: 0)
      }
    }
    // One write loop for every file Leakline writes (Files/DescriptorWriter); under the
    // exclusive lock nothing else lands between its writes.
    let failure = lines.withUnsafeBytes { DescriptorWriter.writeAll($0, to: descriptor).error }
    if failure != 0 {
      throw NotebookError(
        location: path, message: "Not saved: " + Self.reason(failure, reading: false))
    }
    guard fdatasync(descriptor) == 0 else {
      throw NotebookError(
        location: path,
        message:
          "Not saved: the disk did not confirm the write (\(String(cString: strerror(errno)))). The change is kept on screen; try again."
      )
    }
    if !existed { Self.syncFolder(folder) }
    let unchanged = identity == FileIdentity(info) || (identity == nil && offset == 0)
    if unchanged, size == offset, lines.first != 0x0A {
      // Nobody wrote since our last read: our own lines need not be read back.
      advance(bytes: lines.count, lines: changes.count, identity: FileIdentity(info))
    }
  }

  private func makeFolder() throws(NotebookError) {
    var info = stat()
    if stat(folder, &info) == 0 { return }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw NotebookError(
        location: path,
        message:
          "Not saved: cannot create the folder \(folder) (\(error.localizedDescription)). Choose a notebook with --notes PATH."
      )
    }
  }

  static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  /// Whether the notebook can be written, and if not, a status line that says why and
  /// what to do.
  static func writability(path: String, createsFolder: Bool) -> (Bool, String?) {
    let folder = (path as NSString).deletingLastPathComponent.nonEmpty ?? "."
    var info = stat()
    if stat(path, &info) == 0 {
      if info.st_mode & S_IFMT != S_IFREG {
        return (false, "Read-only: the notebook \(path) is not a file.")
      }
      if access(path, W_OK) != 0 {
        return (
          false,
          "Read-only: the notebook \(path) cannot be written (\(String(cString: strerror(errno)))); marks and notes are not saved."
        )
      }
      return (true, nil)
    }
    var existing = folder
    while stat(existing, &info) != 0 {
      guard createsFolder else {
        return (
          false,
          "Read-only: the notebook's folder \(folder) does not exist; create it, or choose another notebook with --notes PATH."
        )
      }
      let parent = (existing as NSString).deletingLastPathComponent
      if parent == existing || parent.isEmpty {
        return (false, "Read-only: no folder for the notebook \(path).")
      }
      existing = parent
    }
    if info.st_mode & S_IFMT != S_IFDIR {
      return (
        false, "Read-only: \(existing) is not a folder, so the notebook \(path) cannot be made."
      )
    }
    if access(existing, W_OK) != 0 {
      return (
        false,
        "Read-only: the folder \(existing) cannot be written (\(String(cString: strerror(errno)))); choose a notebook with --notes PATH."
      )
    }
    return (true, nil)
  }

  /// An `errno` in words, with what to do about it.
  static func reason(_ code: Int32, reading: Bool) -> String {
    let what = reading ? "read" : "written"
    switch code {
    case EACCES, EPERM:
      return "the notebook cannot be \(what): permission denied. Choose another with --notes PATH."
    case EROFS:
      return "the notebook is on a read-only file system. Choose another with --notes PATH."
    case ENOSPC, EDQUOT:
      return "the disk is full. Free some space and try again; the change is kept on screen."
    case ENOENT:
      return "its folder does not exist. Create it, or choose another notebook with --notes PATH."
    case EISDIR:
      return "it is a folder, not a file. Give a file with --notes PATH."
    default:
      return "the notebook cannot be \(what) (\(String(cString: strerror(code))))."
    }
  }
}
