/// The one way Leakline writes a file: exports, imports, the browser's `e`, and anything
/// written later (notebooks, caches) all go through it, so every file gets the same rules.
///
/// What is at the path decides how (``FileDestination``):
/// - nothing: a new file, put in place whole or not at all (``AtomicReplacement``);
/// - a regular file: replaced in one step, only with `overwrite`, keeping its permissions;
/// - a symbolic link: the same, applied to the link's final target, in the target's folder,
///   so the link stays a link; a link to nothing is an error naming both paths;
/// - a pipe, character device or socket (`/dev/null`, `/dev/tty`, `/dev/stdout`, a FIFO):
///   written to where it is, as a shell redirection does, never renamed over or deleted;
///   `overwrite` changes nothing for them (``StreamWriting``);
/// - a folder or a disk: an error.
///
/// Every write, flush and close is checked; when this returns, the data is written.
///
/// ```swift
/// do {
///   try FileWriter.write(markdown, to: "garcia-luna-dossier.md", overwrite: false)
/// } catch {
///   print(error.description)  // "Cannot write 'x/y.md'. The folder 'x' does not exist. …"
/// }
/// ```
public enum FileWriter {
  /// Writes `contents` as UTF-8 to `path`.
  ///
  /// - Parameters:
  ///   - overwrite: replace a regular file already at `path` (or at the end of its links);
  ///     without it such a file is an error and stays as it was.
  ///   - waitingForReader: for a pipe, wait until a program opens it for reading, as a
  ///     shell does; without it (the browser, which must not freeze) a pipe nobody reads
  ///     is an error.
  /// - Throws: ``FileWriteError`` saying what went wrong, in words for a person.
  public static func write(
    _ contents: String, to path: String, overwrite: Bool, waitingForReader: Bool = true
  ) throws(FileWriteError) {
    var text = contents
    let result = text.withUTF8 { bytes in
      Result { () throws(FileWriteError) in
        try write(
          bytes: UnsafeRawBufferPointer(bytes), to: path, overwrite: overwrite,
          waitingForReader: waitingForReader)
      }
    }
    try result.get()
  }

  /// Writes `bytes` to `path`, by the same rules as ``write(_:to:overwrite:waitingForReader:)``.
  public static func write(
    _ bytes: [UInt8], to path: String, overwrite: Bool, waitingForReader: Bool = true
  ) throws(FileWriteError) {
    let result = bytes.withUnsafeBytes { raw in
      Result { () throws(FileWriteError) in
        try write(
          bytes: raw, to: path, overwrite: overwrite, waitingForReader: waitingForReader)
      }
    }
    try result.get()
  }

  private static func write(
    bytes: UnsafeRawBufferPointer, to path: String, overwrite: Bool, waitingForReader: Bool
  ) throws(FileWriteError) {
    func fail(_ reason: FileWriteError.Reason) -> FileWriteError {
      FileWriteError(path: path, reason: reason)
    }
    switch try FileDestination.resolve(path) {
    case .newFile(let folder, let name):
      try AtomicReplacement.create(bytes, folder: folder, name: name, failing: fail)
    case .regularFile(let folder, let name):
      guard overwrite else { throw fail(.alreadyExists) }
      try AtomicReplacement.replace(bytes, folder: folder, name: name, failing: fail)
    case .stream(let target, let kind):
      try StreamWriting.write(
        bytes, to: target, kind: kind, waitingForReader: waitingForReader, failing: fail)
    }
  }
}
