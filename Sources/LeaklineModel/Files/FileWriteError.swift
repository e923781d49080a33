import Foundation

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
    /// The path is a symbolic link whose final target (this path) does not exist.
    case danglingLink(String)
    /// The path is a block device (a disk): never written to.
    case blockDevice
    /// The path is a pipe (FIFO) that no program has open for reading, and waiting for one
    /// was not asked for.
    case noReader
    /// The operating system refused before anything was written, with this `errno`.
    case system(Int32)
    /// Writing to a pipe, device or socket failed with this `errno` after `written` bytes;
    /// those bytes have gone to the reader and cannot be taken back.
    case streamFailed(Int32, written: Int)
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
    case .danglingLink(let target):
      return
        "It is a symbolic link to \(quoted(target)), which does not exist; create that file, or remove the link."
    case .blockDevice:
      return "It is a disk (a block device) and was left untouched; choose a file."
    case .noReader:
      return
        "It is a pipe that no program is reading; start the reader first (for example 'cat' on it)."
    case .system(let code):
      switch code {
      case ENOSPC, EDQUOT, EFBIG, EIO: return Self.words(for: code) + " Nothing was written."
      default: return Self.words(for: code)
      }
    case .streamFailed(let code, let written):
      let what = written == 0 ? "Nothing was written." : "Only the first \(written) bytes arrived."
      return Self.words(for: code) + " " + what
    }
  }

  private func quoted(_ s: String) -> String { "'" + TerminalSafeText.sanitize(s) + "'" }

  /// What an `errno` means for a write, and what to do about it: for any write that has
  /// no path, such as standard output.
  public static func words(for code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "Permission denied; choose a folder you can write to."
    case EROFS: return "The file system is read-only; choose another folder."
    case ENOSPC: return "The disk is full; free some space and try again."
    case EDQUOT: return "The disk quota is exceeded; free some space and try again."
    case EFBIG: return "The file is larger than the file system or 'ulimit -f' allows."
    case EIO: return "The device reported an input/output error; check the disk or the connection."
    case EPIPE: return "The program reading it stopped before the end."
    case ENAMETOOLONG: return "The name is too long; choose a shorter one."
    case ELOOP: return "The path has too many symbolic links; choose another path."
    case EISDIR: return "It is a folder; give a file name."
    case ENXIO, ECONNREFUSED: return "Nothing is listening on it; start the reader first."
    default:
      return String(cString: strerror(code)) + " (error \(code)); choose another path."
    }
  }
}
