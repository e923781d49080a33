import Foundation

/// Reads case files: from bytes, from a stream (standard input, a pipe), or from a path with
/// the checks a person needs when the path is wrong (a folder, a device, a huge file, no
/// permission).
public enum CaseFileLoader {
  /// Files larger than this are refused before reading, so a mistaken path to a disk
  /// image is a message instead of minutes of swapping.
  public static let maximumFileSize = 1 << 31

  /// Decodes and validates a case file held in memory.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - name: how to name the file in messages (the path the user gave).
  /// - Throws: ``CaseFileError`` with every problem found.
  public static func load(bytes: [UInt8], name: String) throws(CaseFileError) -> CaseFile {
    if let caseFile = FastCaseFileLoader.load(bytes) { return caseFile }
    return try loadStrictly(bytes: bytes, name: name)
  }

  /// The strict path behind ``load(bytes:name:)``: a JSON tree with positions, then the
  /// decoder and validator, collecting every problem. `FastCaseFileLoader` hands any
  /// file it does not accept to this, so messages always come from here.
  package static func loadStrictly(bytes: [UInt8], name: String) throws(CaseFileError) -> CaseFile {
    func fail(_ offset: Int?, _ message: String, _ help: String, text: DocumentText? = nil)
      -> CaseFileError
    {
      let location = offset.map { (text ?? DocumentText(bytes: bytes)).location(of: $0) }
      return CaseFileError(issues: [
        CaseFileIssue(
          file: name, location: location, jsonPath: "", id: nil, message: message, help: help)
      ])
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw fail(
        nil, "The file is empty",
        "A case file is a JSON object; start from the example in docs/case-file.md.")
    }
    if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
      throw fail(
        bad,
        "The file is not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))",
        "Save the file as UTF-8; if it came from a spreadsheet, export it as \"CSV UTF-8\" or convert it with iconv -f latin1 -t utf-8."
      )
    }
    let text = DocumentText(bytes: bytes)
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw fail(error.offset, "JSON syntax error: \(error.message)", error.help, text: text)
    }
    var decoder = CaseFileDecoder(text: text, file: name)
    let decoded = decoder.decode(root)
    var issues = decoder.issues
    if let decoded {
      var validator = CaseFileValidator(caseFile: decoded, decoder: decoder)
      validator.validate()
      issues += validator.issues
    }
    if let decoded, issues.isEmpty { return decoded }
    issues.sort {
      ($0.location ?? SourceLocation(line: 0, column: 0))
        < ($1.location ?? SourceLocation(line: 0, column: 0))
    }
    throw CaseFileError(issues: issues)
  }

  /// Reads and loads the case file at `path`; a pipe (FIFO) is read to its end.
  ///
  /// - Throws: ``CaseFileError``: with one issue when the file cannot be read (missing,
  ///   a folder, a device, too large, unreadable), or with every problem in its contents.
  public static func load(path: String) throws(CaseFileError) -> CaseFile {
    try load(path: path, progress: nil)
  }

  /// Reads a case file from an open descriptor (standard input, a pipe) to its end.
  ///
  /// - Parameters:
  ///   - name: how messages name the input: `<stdin>`, or the pipe's path.
  ///   - limit: the most bytes read; one more is refused with a message, so an endless
  ///     producer (`/dev/zero`) stops instead of filling memory.
  public static func readStream(
    descriptor: Int32, name: String, limit: Int = maximumFileSize
  ) throws(CaseFileError) -> [UInt8] {
    func fail(_ message: String, _ help: String) -> CaseFileError {
      CaseFileError(issues: [
        CaseFileIssue(
          file: name, location: nil, jsonPath: "", id: nil, message: message, help: help)
      ])
    }
    do throws(BoundedReader.Failure) {
      return try BoundedReader.readAll(from: descriptor, limit: limit)
    } catch {
      switch error {
      case .tooLarge(let limit):
        throw fail(
          "The input is more than Leakline reads (\(sizeInWords(limit))); reading stopped there",
          "Check that this is the case file you meant; split a larger case file.")
      case .system(let code):
        throw fail(
          "Reading failed (\(String(cString: strerror(code))))",
          "Check what is writing the case file, and try again.")
      }
    }
  }

  /// Reads and loads a case file from an open descriptor, as ``readStream(descriptor:name:limit:)``.
  public static func load(
    descriptor: Int32, name: String, limit: Int = maximumFileSize
  ) throws(CaseFileError) -> CaseFile {
    try load(bytes: readStream(descriptor: descriptor, name: name, limit: limit), name: name)
  }

  /// "2048 MiB", or "100 bytes" for a limit under a mebibyte.
  private static func sizeInWords(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }

  /// Reads the pipe (FIFO) at `path`, waiting for a program to open it for writing, as
  /// `cat` does; a process substitution (`<(…)`, `/dev/fd/63`) is one too.
  private static func readPipe(path: String) throws(CaseFileError) -> [UInt8] {
    var fd: Int32
    repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
    guard fd >= 0 else {
      throw CaseFileError(issues: [
        CaseFileIssue(
          file: path, location: nil, jsonPath: "", id: nil,
          message: "Cannot open the pipe (\(String(cString: strerror(errno))))",
          help: "Check the path and permissions.")
      ])
    }
    defer { close(fd) }
    return try readStream(descriptor: fd, name: path)
  }

  /// Reads a file's bytes with messages a person can act on.
  public static func readFile(path: String) throws(CaseFileError) -> [UInt8] {
    func fail(_ message: String, _ help: String) -> CaseFileError {
      CaseFileError(issues: [
        CaseFileIssue(
          file: path, location: nil, jsonPath: "", id: nil, message: message, help: help)
      ])
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT {
        throw fail("No such file", "Check the path; run 'ls' on the folder to see what is there.")
      }
      if code == EACCES {
        throw fail(
          "Permission denied",
          "Make the file readable (chmod u+r) or copy it somewhere you can read.")
      }
      throw fail(
        "Cannot open the file (\(String(cString: strerror(code))))",
        "Check the path and permissions.")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      throw fail(
        "This is a folder, not a case file", "Give the path of a .json case file inside it.")
    case S_IFIFO:
      return try readPipe(path: path)
    case S_IFSOCK, S_IFCHR, S_IFBLK:
      throw fail(
        "This is not a regular file (a socket or device)",
        "Save the case file to disk and open that file, or give '-' and pass it on standard input.")
    default: throw fail("This is not a regular file", "Give the path of a .json case file.")
    }
    guard Int(info.st_size) <= maximumFileSize else {
      throw fail(
        "The file is \(info.st_size / (1 << 20)) MiB, more than Leakline reads (\(maximumFileSize >> 20) MiB)",
        "Split the case file, or check that this is the file you meant.")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else {
      let code = errno
      if code == EACCES {
        throw fail(
          "Permission denied",
          "Make the file readable (chmod u+r) or copy it somewhere you can read.")
      }
      throw fail(
        "Cannot open the file (\(String(cString: strerror(code))))",
        "Check the path and permissions.")
    }
    defer { close(fd) }
    // The path may have been swapped for a pipe or device between `stat` and `open`;
    // check what was actually opened (O_NONBLOCK kept that open from blocking).
    var opened = stat()
    guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
      throw fail(
        "This is not a regular file (a pipe, socket or device)",
        "Save the case file to disk and open that file, or give '-' and pass it on standard input.")
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var filled = 0
    while filled < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        read(fd, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw fail(
          "Reading failed (\(String(cString: strerror(errno))))", "Check the disk and try again.")
      }
      if n == 0 { break }
      filled += n
    }
    if filled < bytes.count { bytes.removeSubrange(filled...) }
    return bytes
  }
}
