import Foundation

/// A notebook kept as a JSON Lines file: one change per line, only ever appended to.
///
/// Appending takes an advisory lock (`flock` on `PATH.lock` beside the notebook), writes
/// the new lines with one `write` in append mode, and `fdatasync`s before returning, so
/// several processes (the browser and the CLI, or two browsers) never lose or interleave
/// a change, and a change reported saved survives a crash. A crash can leave at most a
/// torn last line: reading reports it, with its line number, and skips it; the next append
/// starts on a fresh line, so the fragment stays in the file as evidence and is never
/// glued to a good change. Nothing is ever removed from the file.
///
/// See docs/notes.md for the format and the rules.
public final class FileNotebookStore: NotebookStore {
  /// The notebook file.
  public let path: String
  /// Whether a missing folder is created on the first append (the default place under
  /// `~/.local/share`), rather than being a reason not to write (a `--notes` path).
  let createsFolder: Bool
  public private(set) var isWritable: Bool
  public private(set) var status: String?

  /// How far the file has been read: the byte after the last complete line.
  private(set) var offset = 0
  /// The number of lines before ``offset``, for problems' line numbers.
  private var linesBefore = 0
  /// The file read, to notice when it is replaced (a `git checkout`, an editor's save).
  private(set) var identity: FileIdentity?
  /// Where a torn last line was last reported, so it is reported once.
  private var reportedTornLine: Int?
  private var watch: NotebookFolderWatch?

  public var location: String { path }

  /// The lock file beside the notebook.
  var lockPath: String { path + ".lock" }
  var folder: String { (path as NSString).deletingLastPathComponent.nonEmpty ?? "." }

  /// Opens (but does not yet read) the notebook at `path`.
  ///
  /// - Parameter createsFolder: create a missing folder on the first append.
  public init(path: String, createsFolder: Bool = false) {
    self.path = path
    self.createsFolder = createsFolder
    (isWritable, status) = FileNotebookStore.writability(
      path: path, createsFolder: createsFolder)
  }

  // MARK: Reading

  public func readAll() throws(NotebookError) -> NotebookRead {
    offset = 0
    linesBefore = 0
    identity = nil
    return try readFromOffset(startsOver: true)
  }

  public func readNew() throws(NotebookError) -> NotebookRead {
    watch?.drain()
    var info = stat()
    guard stat(path, &info) == 0 else {
      // Gone (a checkout in progress, or removed): whatever was read no longer holds.
      guard identity != nil else { return NotebookRead() }
      identity = nil
      offset = 0
      linesBefore = 0
      return NotebookRead(startsOver: true)
    }
    let isNew = identity == nil && offset == 0  // the file did not exist when last read
    if !isNew && identity != FileIdentity(info) || Int(info.st_size) < offset {
      return try readAll()
    }
    if Int(info.st_size) == offset { return NotebookRead() }
    return try readFromOffset(startsOver: false)
  }

  /// Reads the complete lines from ``offset`` to the end, under a shared lock so that no
  /// writer is half-way through a line.
  private func readFromOffset(startsOver: Bool) throws(NotebookError) -> NotebookRead {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { return NotebookRead(startsOver: startsOver) }
      throw NotebookError(location: path, message: FileNotebookStore.reason(errno, reading: true))
    }
    defer { close(descriptor) }
    let lock = FileLock(path: lockPath, exclusive: false)
    defer { lock.release() }

    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw NotebookError(location: path, message: FileNotebookStore.reason(errno, reading: true))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw NotebookError(
        location: path,
        message:
          "This is not a notebook file (it is a folder or a device). Give a file with --notes PATH."
      )
    }
    let size = Int(info.st_size)
    guard size <= NotebookLimits.notebookBytes else {
      throw NotebookError(
        location: path,
        message:
          "The notebook is \(size / 1_000_000) MB; Leakline reads notebooks up to \(NotebookLimits.notebookBytes / 1_000_000) MB. Move it aside (it is kept as it is) and start a new one, or split it by lines."
      )
    }
    identity = FileIdentity(info)
    guard size > offset else { return NotebookRead(startsOver: startsOver) }

    var bytes = [UInt8](repeating: 0, count: size - offset)
    let count = bytes.withUnsafeMutableBytes { buffer in
      FileNotebookStore.readFully(descriptor, into: buffer, at: offset)
    }
    guard count >= 0 else {
      throw NotebookError(location: path, message: FileNotebookStore.reason(errno, reading: true))
    }
    var read = NotebookLines.parse(
      bytes.prefix(count), firstLine: linesBefore + 1, location: path)
    offset += read.consumedBytes
    linesBefore += read.consumedLines
    if let torn = read.tornLine {
      if reportedTornLine != torn {
        reportedTornLine = torn
        read.problems.append(
          NotebookProblem(
            location: path, line: torn,
            message:
              "the last line is incomplete: a write was cut short (a crash or kill -9). It is skipped and kept in the file; every earlier change is read."
          ))
      }
    }
    return NotebookRead(changes: read.changes, problems: read.problems, startsOver: startsOver)
  }

  /// `pread`s until `buffer` is full or the file ends; the bytes read, or -1.
  private static func readFully(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at start: Int
  )
    -> Int
  {
    var done = 0
    while done < buffer.count {
      // swift-format-ignore: NeverForceUnwrap
      // A non-empty buffer has a base address.
      let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(start + done))
      if n < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if n == 0 { break }
      done += n
    }
    return done
  }

  /// Moves past lines this store appended itself, so ``readNew()`` does not return them.
  func advance(bytes: Int, lines: Int, identity: FileIdentity) {
    offset += bytes
    linesBefore += lines
    self.identity = identity
  }

  // MARK: Watching

  public var wakeDescriptor: Int32? {
    if watch == nil { watch = NotebookFolderWatch(folder: folder) }
    return watch?.descriptor
  }
}

/// A file's device and inode: the same path may name a new file after a checkout.
struct FileIdentity: Equatable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

extension String {
  /// nil for the empty string.
  var nonEmpty: String? { isEmpty ? nil : self }
}
