import Foundation

/// How far loading a case file has got, for a progress bar.
public struct LoadProgress: Hashable, Sendable {
  /// Bytes of the file read so far.
  public var bytesRead: Int
  /// The file's size in bytes.
  public var totalBytes: Int
  /// Events read so far.
  public var eventsRead: Int

  public init(bytesRead: Int, totalBytes: Int, eventsRead: Int) {
    self.bytesRead = bytesRead
    self.totalBytes = totalBytes
    self.eventsRead = eventsRead
  }

  /// The share of the file read, from 0 to 1.
  public var fraction: Double { totalBytes > 0 ? Double(bytesRead) / Double(totalBytes) : 1 }
}

extension CaseFileLoader {
  /// Reads and loads the case file at `path`, calling `progress` every few megabytes
  /// (on the calling thread) so that a browser can show how far it has got.
  ///
  /// - Throws: ``CaseFileError``, exactly as ``load(path:)``: with one issue when the file
  ///   cannot be read, or with every problem in its contents.
  public static func load(
    path: String, progress: ((LoadProgress) -> Void)?
  ) throws(CaseFileError) -> CaseFile {
    if let caseFile = FastCaseFileLoader.load(path: path, progress: progress) { return caseFile }
    let bytes = try readFile(path: path)
    // A pipe was never tried by the fast path, which reads only regular files: try it now.
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFIFO {
      return try load(bytes: bytes, name: path)
    }
    return try loadStrictly(bytes: bytes, name: path)
  }
}

extension FastCaseFileLoader {
  /// The case file at `path`, or `nil` when the strict path must read it (it cannot be
  /// opened, is not a regular file, is too large, or does not pass the fast path).
  ///
  /// The file is read into memory of its own, and pages the scanner has passed are given
  /// back as it goes, so the bytes and the records built from them are not both held in
  /// full: at a million events that keeps the peak near the records' size alone.
  package static func load(path: String, progress: ((LoadProgress) -> Void)? = nil) -> CaseFile? {
    // Look before opening: opening a pipe, even without waiting, lets its writer start,
    // and closing it again would lose what the writer sent.
    var kind = stat()
    guard stat(path, &kind) == 0, kind.st_mode & S_IFMT == S_IFREG else { return nil }
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0,
      Int(info.st_size) <= CaseFileLoader.maximumFileSize
    else { return nil }
    let size = Int(info.st_size)
    guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      memory != MAP_FAILED
    else { return nil }
    defer { munmap(memory, size) }
    // Huge pages where the kernel allows them: reading half a gigabyte into 4 KB pages
    // costs about a second of page faults.
    _ = madvise(memory, size, MADV_HUGEPAGE)
    var filled = 0
    while filled < size {
      let n = read(fd, memory + filled, size - filled)
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return nil }
      filled += n
    }
    let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
    let bytes = UnsafeBufferPointer(start: memory.assumingMemoryBound(to: UInt8.self), count: size)
    return load(bytes, releasing: ReleasableMemory(base: memory, count: size, page: page)) {
      offset, events in
      progress?(LoadProgress(bytesRead: offset, totalBytes: size, eventsRead: events))
    }
  }
}
