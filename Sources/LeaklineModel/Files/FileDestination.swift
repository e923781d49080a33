import Foundation

/// What is at the path a file is to be written to, and so how ``FileWriter`` writes it.
///
/// A shell redirection (`> path`) writes into whatever the path names; a careful writer
/// replaces a regular file in one step instead. Both are right for their kind of file, so
/// the kind decides: a regular file, even behind symbolic links, is replaced atomically
/// where it really is (the link stays a link); a pipe, character device or socket is
/// written to where it is, never renamed over or deleted.
enum FileDestination: Hashable, Sendable {
  /// Nothing is there yet: a new file `name` in `folder`, which exists.
  case newFile(folder: String, name: String)
  /// An existing regular file: the path itself, or the final target of its links.
  case regularFile(folder: String, name: String)
  /// A pipe, character device or socket (or an open descriptor of this process under
  /// `/proc/PID/fd`), written to directly at `path`.
  case stream(path: String, kind: StreamKind)

  /// What a ``stream(path:kind:)`` is.
  enum StreamKind: Hashable, Sendable {
    case pipe, characterDevice, socket
    /// `/dev/stdout`, `/dev/fd/N`: a file this process already has open, whatever it is.
    case openDescriptor
  }

  /// How many symbolic links are followed before giving up, as the kernel does (ELOOP).
  static let maximumLinks = 40

  /// Looks at `path` and decides.
  ///
  /// - Throws: ``FileWriteError`` for a folder, a block device, a missing folder, a
  ///   dangling link (naming its target), or a path the system cannot look at.
  static func resolve(_ path: String) throws(FileWriteError) -> FileDestination {
    func fail(_ reason: FileWriteError.Reason) -> FileWriteError {
      FileWriteError(path: path, reason: reason)
    }
    guard !path.isEmpty else { throw fail(.isFolder) }
    var current = path
    for _ in 0...maximumLinks {
      let (folder, name) = split(current)
      var info = stat()
      let folderError =
        stat(folder, &info) != 0 ? errno : info.st_mode & S_IFMT == S_IFDIR ? 0 : ENOTDIR
      if folderError != 0 {
        if current != path { throw fail(.danglingLink(current)) }
        switch folderError {
        case ENOENT: throw fail(.folderMissing(folder))
        case ENOTDIR: throw fail(.notAFolder(folder))
        default: throw fail(.system(folderError))
        }
      }
      guard !name.isEmpty, name != ".", name != ".." else { throw fail(.isFolder) }
      guard lstat(current, &info) == 0 else {
        let code = errno
        guard code == ENOENT else { throw fail(.system(code)) }
        if current != path { throw fail(.danglingLink(current)) }
        return .newFile(folder: folder, name: name)
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        if isDescriptorFolder(folder) { return try openDescriptor(current, failing: fail) }
        guard let target = readLink(current) else { throw fail(.system(errno)) }
        current =
          target.hasPrefix("/") || folder == "." ? target : AtomicReplacement.join(folder, target)
      case S_IFREG: return .regularFile(folder: folder, name: name)
      case S_IFDIR: throw fail(.isFolder)
      case S_IFIFO: return .stream(path: current, kind: .pipe)
      case S_IFCHR: return .stream(path: current, kind: .characterDevice)
      case S_IFSOCK: return .stream(path: current, kind: .socket)
      default: throw fail(.blockDevice)
      }
    }
    throw fail(.system(ELOOP))
  }

  /// `/proc/PID/fd/N` names a file this process has open (`/dev/stdout` and `/dev/fd/N`
  /// lead there); its link text can be `pipe:[123]`, so it is followed by the kernel.
  private static func openDescriptor(
    _ path: String, failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) -> FileDestination {
    var info = stat()
    guard stat(path, &info) == 0 else { throw fail(.system(errno)) }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw fail(.isFolder)
    case S_IFBLK: throw fail(.blockDevice)
    default: return .stream(path: path, kind: .openDescriptor)
    }
  }

  /// Whether `folder` is a process's descriptor folder, `/proc/PID/fd` (or a thread's).
  private static func isDescriptorFolder(_ folder: String) -> Bool {
    guard let resolved = realpath(folder, nil) else { return false }
    defer { free(resolved) }
    let parts = String(cString: resolved).split(separator: "/")
    func isNumber(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy(\.isNumber) }
    switch parts.count {
    case 3: return parts[0] == "proc" && isNumber(parts[1]) && parts[2] == "fd"
    case 5:
      return parts[0] == "proc" && isNumber(parts[1]) && parts[2] == "task" && isNumber(parts[3])
        && parts[4] == "fd"
    default: return false
    }
  }

  /// The text of the symbolic link at `path`, or nil (errno set).
  private static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The folder (`.` for a bare name) and the file name of `path`.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }
}
