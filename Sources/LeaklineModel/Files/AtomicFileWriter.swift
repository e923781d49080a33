import Foundation

/// Writes a whole file so that it is either fully there or not touched at all.
///
/// Shared by `leakline export` and the browser's `e` key. The contents go to a new
/// temporary file in the destination's own folder (so the final step never crosses file
/// systems), are flushed to disk with `fsync`, and only then take the real name. Without
/// `overwrite` that last step is a hard `link`, which fails when the name exists, so an
/// existing file is never replaced, not even by a race; with `overwrite` it is a `rename`,
/// which swaps the old file for the new one in one step. Any failure removes the
/// temporary file, so no half-written file is ever left behind.
///
/// ```swift
/// do {
///   try AtomicFileWriter.write(markdown, to: "garcia-luna-dossier.md", overwrite: false)
/// } catch {
///   print(error.description)  // "Cannot write 'x/y.md'. The folder 'x' does not exist. …"
/// }
/// ```
public enum AtomicFileWriter {
  /// Writes `contents` as UTF-8 to `path`.
  ///
  /// - Parameter overwrite: replace a file already at `path`; without it an existing file
  ///   is an error and stays as it was.
  /// - Throws: ``FileWriteError`` saying what went wrong, in words for a person.
  public static func write(_ contents: String, to path: String, overwrite: Bool)
    throws(FileWriteError)
  {
    func fail(_ reason: FileWriteError.Reason) -> FileWriteError {
      FileWriteError(path: path, reason: reason)
    }
    guard !path.isEmpty else { throw fail(.isFolder) }
    let (folder, name) = split(path)

    var info = stat()
    if stat(folder, &info) != 0 {
      throw fail(
        errno == ENOENT
          ? .folderMissing(folder) : errno == ENOTDIR ? .notAFolder(folder) : .system(errno))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw fail(.notAFolder(folder)) }
    guard !name.isEmpty, name != ".", name != ".." else { throw fail(.isFolder) }

    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists {
      if existing.st_mode & S_IFMT == S_IFDIR { throw fail(.isFolder) }
      if !overwrite { throw fail(.alreadyExists) }
    }

    let (temporary, descriptor) = try createTemporary(in: folder, for: name, failing: fail)
    var finished = false
    defer { if !finished { unlink(temporary) } }

    if exists, stat(path, &existing) == 0 {  // a replacement keeps the old file's permissions
      _ = fchmod(descriptor, existing.st_mode & 0o7777)
    }
    let writeError = writeAll(contents, to: descriptor)
    let syncError = writeError == 0 && fsync(descriptor) != 0 ? errno : 0
    let closeError = close(descriptor) != 0 ? errno : 0
    for code in [writeError, syncError, closeError] where code != 0 { throw fail(.system(code)) }

    if overwrite {
      guard rename(temporary, path) == 0 else { throw fail(.system(errno)) }
    } else if link(temporary, path) == 0 {
      unlink(temporary)
    } else {
      switch errno {
      case EEXIST: throw fail(.alreadyExists)
      case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
        // The file system has no hard links: check, then rename, is the best left.
        guard access(path, F_OK) != 0 else { throw fail(.alreadyExists) }
        guard rename(temporary, path) == 0 else { throw fail(.system(errno)) }
      case let code: throw fail(.system(code))
      }
    }
    finished = true
    syncFolder(folder)
  }

  /// The folder (`.` for a bare name) and the file name of `path`.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  /// Creates a new, empty temporary file next to the destination:
  /// `.<name>.<pid>-<n>.tmp`, hidden, and never one that already exists.
  private static func createTemporary(
    in folder: String, for name: String, failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) -> (path: String, descriptor: Int32) {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
    let stem = String(name.prefix(200))
    for attempt in 0..<100 {
      let path = (folder == "/" ? "" : folder) + "/.\(stem).\(getpid())-\(attempt).tmp"
      let descriptor = open(path, flags, 0o666)  // the umask applies, as for any new file
      if descriptor >= 0 { return (path, descriptor) }
      if errno != EEXIST { throw fail(.system(errno)) }
    }
    throw fail(.system(EEXIST))
  }

  /// Writes every byte; 0, or the errno of the failure.
  private static func writeAll(_ contents: String, to descriptor: Int32) -> Int32 {
    var text = contents
    return text.withUTF8 { bytes -> Int32 in
      guard let base = bytes.baseAddress else { return 0 }
      var offset = 0
      while offset < bytes.count {
        let result = systemWrite(descriptor, base + offset, bytes.count - offset)
        if result < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += result
      }
      return 0
    }
  }

  /// Flushes the folder so the new name survives a crash; failure here loses nothing written.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}

/// `write(2)`, out of reach by name inside ``AtomicFileWriter`` whose own `write` hides it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// Why a file could not be written, said so a person can fix it.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Reason: Hashable, Sendable {
    /// The folder the file goes in does not exist.
    case folderMissing(String)
    /// Part of the path is a file, not a folder (`/etc/hostname/x.md`).
    case notAFolder(String)
    /// The path names a folder, not a file.
    case isFolder
    /// A file is already there and overwriting was not asked for; it was left untouched.
    case alreadyExists
    /// The operating system refused, with this `errno`.
    case system(Int32)
  }

  /// The path as the person gave it.
  public var path: String
  /// What went wrong.
  public var reason: Reason

  /// Makes an error for `path`.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// "Cannot write 'path'. What is wrong. How to fix it."
  public var description: String {
    "Cannot write '\(TerminalSafeText.sanitize(path))'. " + explanation
  }

  /// What is wrong and how to fix it, without the path.
  public var explanation: String {
    func quoted(_ s: String) -> String { "'" + TerminalSafeText.sanitize(s) + "'" }
    switch reason {
    case .folderMissing(let folder):
      return "The folder \(quoted(folder)) does not exist; create it, or choose another folder."
    case .notAFolder(let folder):
      return "\(quoted(folder)) is not a folder; choose a path inside a folder."
    case .isFolder:
      return
        "It is a folder; give a file name, such as \(quoted((path.hasSuffix("/") ? path : path + "/") + "export.md"))."
    case .alreadyExists:
      return
        "The file already exists and was left untouched; choose another name, or ask to replace it."
    case .system(let code):
      switch code {
      case EACCES, EPERM: return "Permission denied; choose a folder you can write to."
      case EROFS: return "The file system is read-only; choose another folder."
      case ENOSPC: return "The disk is full; free some space and try again. Nothing was written."
      case EDQUOT:
        return "The disk quota is exceeded; free some space and try again. Nothing was written."
      case ENAMETOOLONG: return "The name is too long; choose a shorter one."
      case ELOOP: return "The path has too many symbolic links; choose another path."
      case EISDIR: return "It is a folder; give a file name."
      default:
        let message = String(cString: strerror(code))
        return message + " (error \(code)); choose another path."
      }
    }
  }
}
