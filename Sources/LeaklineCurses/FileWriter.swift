import Glibc

/// Performs `TerminalEffect.writeFile`: writes a whole file safely and explains failures.
///
/// The contents go to a temporary file in the destination folder first and are then moved
/// into place, so a crash or a full disk never leaves a half-written export under the real
/// name. Without `overwrite`, the move is a `link`, which fails if the name is taken, so an
/// existing file is never replaced by accident (not even by a race).
enum FileWriter {
  /// Writes `contents` to `path`; returns `nil` on success or a one-line message saying what
  /// went wrong, such as `Cannot write 'x/y.md': the folder 'x' does not exist.`
  static func write(_ contents: String, to path: String, overwrite: Bool) -> String? {
    guard !path.isEmpty else { return "Cannot write a file without a name; give a path." }
    let (folder, name) = split(path)
    func failure(_ reason: String) -> String { "Cannot write '\(path)': \(reason)." }

    var info = stat()
    if stat(folder, &info) != 0 {
      switch errno {
      case ENOENT: return failure("the folder '\(folder)' does not exist")
      case ENOTDIR: return failure("'\(folder)' is not a folder")
      default: return failure(reason(errno))
      }
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { return failure("'\(folder)' is not a folder") }
    guard !name.isEmpty else { return failure("it is a folder, not a file name") }

    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists {
      if existing.st_mode & S_IFMT == S_IFDIR { return failure("it is a folder") }
      if !overwrite { return failure("the file already exists") }
    }

    guard let (temporary, descriptor) = createTemporary(in: folder, for: name) else {
      return failure(reason(errno))
    }
    var succeeded = false
    defer { if !succeeded { unlink(temporary) } }

    var target = stat()
    if exists && stat(path, &target) == 0 {  // keep the permissions of the file replaced
      fchmod(descriptor, target.st_mode & 0o7777)
    }
    let written = writeAll(contents, to: descriptor)
    let writeError = written ? 0 : errno
    let synced = written && fsync(descriptor) == 0
    let syncError = synced ? 0 : errno
    let closed = close(descriptor) == 0
    guard written else { return failure(reason(writeError)) }
    guard synced else { return failure(reason(syncError)) }
    guard closed else { return failure(reason(errno)) }

    if overwrite {
      guard rename(temporary, path) == 0 else { return failure(reason(errno)) }
    } else {
      if link(temporary, path) != 0 {
        let linkError = errno
        switch linkError {
        case EEXIST:
          return failure("the file already exists")
        case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
          // The file system has no hard links; check-then-rename is the best left.
          guard access(path, F_OK) != 0 else { return failure("the file already exists") }
          guard rename(temporary, path) == 0 else { return failure(reason(errno)) }
          succeeded = true
          return nil
        default:
          return failure(reason(linkError))
        }
      }
      unlink(temporary)
    }
    succeeded = true
    return nil
  }

  /// The folder (`.` for a bare name) and the file name of `path`.
  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  /// Creates a new, empty temporary file next to the destination; `nil` with errno set on failure.
  private static func createTemporary(
    in folder: String, for name: String
  ) -> (path: String, descriptor: Int32)? {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
    for attempt in 0..<100 {
      let path = "\(folder)/.\(name).\(getpid())-\(attempt).tmp"
      let descriptor = open(path, flags, 0o666)
      if descriptor >= 0 { return (path, descriptor) }
      if errno != EEXIST { return nil }
    }
    return nil
  }

  /// Writes every byte of `contents` as UTF-8; false with errno set on failure.
  private static func writeAll(_ contents: String, to descriptor: Int32) -> Bool {
    var text = contents
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return true }  // empty: nothing to write
      var offset = 0
      while offset < bytes.count {
        let result = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += result
      }
      return true
    }
  }

  /// A short lower-case reason for `code`, for the end of a "Cannot write" message.
  private static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "permission denied"
    case EROFS: return "the file system is read-only"
    case ENOSPC: return "the disk is full"
    case EDQUOT: return "the disk quota is exceeded"
    case ENAMETOOLONG: return "the name is too long"
    case EISDIR: return "it is a folder"
    default:
      let message = String(cString: strerror(code))
      return message.prefix(1).lowercased() + message.dropFirst()
    }
  }
}
