import Foundation
import LeaklineModel
import Testing

/// Reading a stream (standard input, a pipe): all of it, never more than the limit, and
/// messages that name the input with line and column.
@Suite struct BoundedReaderTests {
  /// A pipe holding `bytes` (written on another thread), its write end closed after them.
  static func stream(holding bytes: [UInt8]) throws -> Int32 {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    let writeEnd = ends[1]
    Thread.detachNewThread {
      _ = bytes.withUnsafeBytes { DescriptorWriter.writeAll($0, to: writeEnd) }
      close(writeEnd)
    }
    return ends[0]
  }

  struct LimitRow: Sendable, CustomTestStringConvertible {
    var size: Int
    var limit: Int
    var fits: Bool
    var testDescription: String { "\(size) bytes, limit \(limit)" }
  }

  static let limits: [LimitRow] = [
    LimitRow(size: 0, limit: 10, fits: true),
    LimitRow(size: 10, limit: 10, fits: true),
    LimitRow(size: 11, limit: 10, fits: false),
    LimitRow(size: 300_000, limit: 1 << 20, fits: true),
    LimitRow(size: (1 << 20) + 1, limit: 1 << 20, fits: false),
  ]

  @Test(arguments: limits)
  func readsToTheEndOrRefusesPastTheLimit(_ row: LimitRow) throws {
    let bytes = (0..<row.size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let fd = try Self.stream(holding: bytes)
    defer { close(fd) }
    if row.fits {
      #expect(try BoundedReader.readAll(from: fd, limit: row.limit) == bytes)
    } else {
      #expect(throws: BoundedReader.Failure.tooLarge(limit: row.limit)) {
        try BoundedReader.readAll(from: fd, limit: row.limit)
      }
    }
  }

  /// An endless stream stops at the limit instead of hanging or filling memory.
  @Test func devZeroStopsAtTheLimit() throws {
    let fd = open("/dev/zero", O_RDONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(throws: CaseFileError.self) {
      try CaseFileLoader.readStream(descriptor: fd, name: "<stdin>", limit: 4 << 20)
    }
    do {
      _ = try CaseFileLoader.readStream(descriptor: fd, name: "<stdin>", limit: 4 << 20)
    } catch {
      #expect(
        error.description.hasPrefix(
          "<stdin>: The input is more than Leakline reads (4 MiB); reading stopped there"),
        "\(error.description)")
    }
  }

  @Test func aCaseFileFromAStreamLoads() throws {
    let bytes = try #require(
      FileManager.default.contents(atPath: Small.path))
    let fd = try Self.stream(holding: [UInt8](bytes))
    defer { close(fd) }
    let streamed = try CaseFileLoader.load(descriptor: fd, name: "<stdin>")
    let fromDisk = try CaseFileLoader.load(path: Small.path)
    #expect(streamed == fromDisk)
  }

  @Test func problemsInAStreamNameItWithLineAndColumn() throws {
    let fd = try Self.stream(holding: Array("{\"leakline\": 1,\n  \"title\": }".utf8))
    defer { close(fd) }
    do {
      _ = try CaseFileLoader.load(descriptor: fd, name: "<stdin>")
      Issue.record("a broken case file loaded")
    } catch {
      #expect(error.issues.first?.headline.hasPrefix("<stdin>:2:12: ") == true, "\(error)")
    }
  }

  /// A FIFO named by path is read to its end (its writer is waited for, as `cat` does).
  @Test func aFIFOGivenByPathIsReadAsAStream() throws {
    let folder = try FileWriterTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/case.json"
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    let bytes = try #require(
      FileManager.default.contents(atPath: Small.path))
    Thread.detachNewThread {
      try? FileWriter.write([UInt8](bytes), to: fifo, overwrite: false)
    }
    let loaded = try CaseFileLoader.load(path: fifo)
    #expect(loaded == (try CaseFileLoader.load(path: Small.path)))
  }
}
