import Foundation
import LeaklineModel
import Testing

/// The writer decides by what is at the path: a link is written through to its target, a
/// pipe, device or socket is written to where it is, and none of them is ever replaced by a
/// regular file.
@Suite struct FileDestinationTests {
  static func folder() throws -> String { try FileWriterTests.folder() }

  static func kind(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  /// A device number (glibc's `makedev` is a macro Swift cannot call), for numbers < 256.
  static func device(major: UInt64, minor: UInt64) -> dev_t { dev_t(major << 8 | minor) }

  static func linkText(_ path: String) -> String? {
    try? FileManager.default.destinationOfSymbolicLink(atPath: path)
  }

  /// A document bigger than a pipe's buffer, so a reader must drain it while it is written.
  static let document = String(repeating: "García Luna | línea 12345\n", count: 40_000)

  // MARK: Symbolic links

  @Test func aLinkIsWrittenThroughToItsTargetAndStaysALink() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/notes", withIntermediateDirectories: true)
    let target = folder + "/notes/target.md"
    try "old".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
    // link.md → chain.md → notes/target.md: relative links, followed to the end.
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/chain.md", withDestinationPath: "notes/target.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.md", withDestinationPath: "chain.md")

    try FileWriter.write("new", to: folder + "/link.md", overwrite: true)

    #expect(Self.kind(folder + "/link.md") == S_IFLNK)
    #expect(Self.linkText(folder + "/link.md") == "chain.md")
    #expect(Self.linkText(folder + "/chain.md") == "notes/target.md")
    #expect(FileWriterTests.contents(target) == "new")
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640, "the target keeps its permissions")
    #expect(FileWriterTests.listing(folder + "/notes") == ["target.md"], "no temporary file")
  }

  @Test func aLinkToAnExistingFileNeedsOverwrite() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "precious".write(toFile: folder + "/target.md", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.md", withDestinationPath: folder + "/target.md")
    #expect(throws: FileWriteError(path: folder + "/link.md", reason: .alreadyExists)) {
      try FileWriter.write("new", to: folder + "/link.md", overwrite: false)
    }
    #expect(FileWriterTests.contents(folder + "/target.md") == "precious")
    #expect(Self.kind(folder + "/link.md") == S_IFLNK)
  }

  @Test(arguments: [false, true])
  func aDanglingLinkIsAnErrorNamingBothPaths(overwrite: Bool) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let link = folder + "/link.md"
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder + "/gone/target.md")
    do {
      try FileWriter.write("new", to: link, overwrite: overwrite)
      Issue.record("wrote through a dangling link")
    } catch {
      #expect(error.reason == .danglingLink(folder + "/gone/target.md"))
      #expect(
        error.description
          == "Cannot write '\(link)'. It is a symbolic link to '\(folder)/gone/target.md', which does not exist; create that file, or remove the link."
      )
    }
    #expect(FileWriterTests.listing(folder) == ["link.md"])
    #expect(Self.kind(link) == S_IFLNK)
  }

  // MARK: Pipes

  @Test(arguments: [false, true])
  func aPipeGetsTheWholeDocumentAndStaysAPipe(overwrite: Bool) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/out.fifo"
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    let reader = BackgroundReader(path: fifo)
    try FileWriter.write(Self.document, to: fifo, overwrite: overwrite)
    let received = try #require(reader.wait(), "the reader did not finish")
    #expect(received.count == Self.document.utf8.count)
    #expect(String(decoding: received, as: UTF8.self) == Self.document)
    #expect(Self.kind(fifo) == S_IFIFO)
    #expect(FileWriterTests.listing(folder) == ["out.fifo"])
  }

  @Test func aPipeNobodyReadsIsAnErrorWhenNotWaiting() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/out.fifo"
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    #expect(throws: FileWriteError(path: fifo, reason: .noReader)) {
      try FileWriter.write("text", to: fifo, overwrite: true, waitingForReader: false)
    }
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  /// The reader goes away after one byte: an error saying so, not a SIGPIPE ending the
  /// test process (or the browser).
  @Test func aReaderThatStopsEarlyIsAnError() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/out.fifo"
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    let reader = BackgroundReader(path: fifo, stopAfter: 1)
    do {
      try FileWriter.write(Self.document, to: fifo, overwrite: false)
      Issue.record("the whole document cannot have been read")
    } catch {
      guard case .streamFailed(EPIPE, let written) = error.reason else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(written < Self.document.utf8.count)
      #expect(error.explanation.hasPrefix("The program reading it stopped before the end."))
    }
    _ = reader.wait()
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  @Test func anOpenDescriptorIsWrittenToDirectly() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer { close(ends[0]) }
    try FileWriter.write("through /dev/fd", to: "/dev/fd/\(ends[1])", overwrite: false)
    close(ends[1])
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(ends[0], &buffer, buffer.count)
    #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through /dev/fd")
  }

  // MARK: Devices and sockets

  @Test func devNullTakesEverythingAndStaysADevice() throws {
    try FileWriter.write(Self.document, to: "/dev/null", overwrite: false)
    #expect(Self.kind("/dev/null") == S_IFCHR)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"))
  func devFullIsADiskFullErrorAndStaysADevice() throws {
    do {
      try FileWriter.write(Self.document, to: "/dev/full", overwrite: true)
      Issue.record("wrote to /dev/full")
    } catch {
      #expect(error.reason == .streamFailed(ENOSPC, written: 0))
      #expect(
        error.description
          == "Cannot write '/dev/full'. The disk is full; free some space and try again. Nothing was written."
      )
    }
    #expect(Self.kind("/dev/full") == S_IFCHR)
  }

  /// A device node of its own (the null device's numbers), so nothing shared is at risk.
  @Test(.enabled(if: getuid() == 0, "creating a device node needs root"))
  func aDeviceNodeIsWrittenToNotReplaced() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let node = folder + "/null"
    try #require(
      mknod(node, S_IFCHR | 0o666, Self.device(major: 1, minor: 3)) == 0, "mknod: errno \(errno)")
    try FileWriter.write(Self.document, to: node, overwrite: true)
    #expect(Self.kind(node) == S_IFCHR)
    #expect(FileWriterTests.listing(folder) == ["null"])
  }

  /// A block device is a disk: refused, untouched. Its numbers name no driver, so even a
  /// wrong open could not reach a real disk.
  @Test(.enabled(if: getuid() == 0, "creating a device node needs root"))
  func aBlockDeviceIsRefused() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let node = folder + "/disk"
    try #require(
      mknod(node, S_IFBLK | 0o600, Self.device(major: 240, minor: 77)) == 0, "mknod: errno \(errno)"
    )
    #expect(throws: FileWriteError(path: node, reason: .blockDevice)) {
      try FileWriter.write("text", to: node, overwrite: true)
    }
    #expect(Self.kind(node) == S_IFBLK)
  }

  @Test func aUnixSocketIsConnectedToAndWrittenTo() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/s.sock"
    let listener = try #require(SocketListener(path: path))
    try FileWriter.write(Self.document, to: path, overwrite: false)
    let received = try #require(listener.wait(), "the listener did not finish")
    #expect(String(decoding: received, as: UTF8.self) == Self.document)
    #expect(Self.kind(path) == S_IFSOCK)
  }
}

/// Reads a FIFO on its own thread (opening it waits for the writer), keeping at most
/// `stopAfter` bytes before closing it.
final class BackgroundReader: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes: [UInt8] = []
  private let done = DispatchSemaphore(value: 0)

  init(path: String, stopAfter limit: Int = .max) {
    Thread.detachNewThread { [self] in
      let fd = open(path, O_RDONLY)
      var received: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 65536)
      while fd >= 0, received.count < limit {
        let n = read(fd, &buffer, min(buffer.count, limit - received.count))
        if n <= 0 { break }
        received += buffer[..<n]
      }
      if fd >= 0 { close(fd) }
      lock.withLock { bytes = received }
      done.signal()
    }
  }

  /// What was read, or nil when the reader did not finish within 30 seconds.
  func wait() -> [UInt8]? {
    guard done.wait(timeout: .now() + 30) == .success else { return nil }
    return lock.withLock { bytes }
  }
}

/// A Unix stream socket that accepts one connection and reads it to its end.
final class SocketListener: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes: [UInt8] = []
  private let done = DispatchSemaphore(value: 0)

  init?(path: String) {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0, listen(fd, 1) == 0 else {
      close(fd)
      return nil
    }
    Thread.detachNewThread { [self] in
      let connection = accept(fd, nil, nil)
      var received: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 65536)
      while connection >= 0 {
        let n = read(connection, &buffer, buffer.count)
        if n <= 0 { break }
        received += buffer[..<n]
      }
      if connection >= 0 { close(connection) }
      close(fd)
      lock.withLock { bytes = received }
      done.signal()
    }
  }

  func wait() -> [UInt8]? {
    guard done.wait(timeout: .now() + 30) == .success else { return nil }
    return lock.withLock { bytes }
  }
}
