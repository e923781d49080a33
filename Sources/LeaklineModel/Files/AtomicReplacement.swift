import Foundation

/// Puts a whole regular file in place so that it is either fully there or not touched at
/// all: how ``FileWriter`` writes a new file or replaces an existing one.
///
/// The contents go to a new temporary file in the destination's own folder (so the final
/// step never crosses file systems), are flushed to disk with `fsync`, and only then take
/// the real name. For a new file that last step is a hard `link`, which fails when the
/// name exists, so a file that appears meanwhile is never replaced, not even by a race; to
/// replace a file it is a `rename`, which swaps the old file for the new one in one step,
/// after giving the new one the old one's permissions (and owner, where allowed). Any
/// failure removes the temporary file, so no half-written file is ever left behind.
enum AtomicReplacement {
  /// Writes `bytes` as the new file `name` in `folder`, failing if the name is taken.
  static func create(
    _ bytes: UnsafeRawBufferPointer, folder: String, name: String,
    failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) {
    let path = join(folder, name)
    let temporary = try writeTemporary(bytes, folder: folder, name: name, like: nil, failing: fail)
    var finished = false
    defer { if !finished { unlink(temporary) } }
    if link(temporary, path) == 0 {
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

  /// Replaces the regular file `name` in `folder` with `bytes`, keeping its permissions.
  static func replace(
    _ bytes: UnsafeRawBufferPointer, folder: String, name: String,
    failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) {
    let path = join(folder, name)
    var existing = stat()
    let old = stat(path, &existing) == 0 ? existing : nil
    let temporary = try writeTemporary(bytes, folder: folder, name: name, like: old, failing: fail)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw fail(.system(code))
    }
    syncFolder(folder)
  }

  /// `folder/name`, without a doubled slash at the root.
  static func join(_ folder: String, _ name: String) -> String {
    (folder == "/" ? "" : folder) + "/" + name
  }

  /// Writes and flushes a new temporary file next to the destination:
  /// `.<name>.<pid>-<n>.tmp`, hidden, and never one that already exists. It takes the
  /// owner and permissions of `like`, the file it is to replace.
  private static func writeTemporary(
    _ bytes: UnsafeRawBufferPointer, folder: String, name: String, like old: stat?,
    failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) -> String {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
    let stem = String(name.prefix(200))
    for attempt in 0..<100 {
      let path = join(folder, ".\(stem).\(getpid())-\(attempt).tmp")
      let descriptor = open(path, flags, 0o666)  // the umask applies, as for any new file
      if descriptor < 0 {
        if errno == EEXIST { continue }
        throw fail(.system(errno))
      }
      if let old {
        if old.st_uid != geteuid() || old.st_gid != getegid() {
          _ = fchown(descriptor, old.st_uid, old.st_gid)  // root keeps a user's file theirs
        }
        _ = fchmod(descriptor, old.st_mode & 0o7777)
      }
      let writeError = DescriptorWriter.writeAll(bytes, to: descriptor).error
      let syncError = writeError == 0 && fsync(descriptor) != 0 ? errno : 0
      let closeError = close(descriptor) != 0 ? errno : 0
      for code in [writeError, syncError, closeError] where code != 0 {
        unlink(path)
        throw fail(.system(code))
      }
      return path
    }
    throw fail(.system(EEXIST))
  }

  /// Flushes the folder so the new name survives a crash; failure here loses nothing written.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}
