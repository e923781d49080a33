import Foundation

/// Runs the real `cmark-gfm` (GitHub's own Markdown parser, from Debian's `cmark-gfm`
/// package) on an export and gives back its syntax tree.
///
/// The tree comes from `--to xml`; the footnotes from `--to html`, because cmark-gfm
/// 0.29's XML writer prints footnote nodes as `<<unknown>>`.
enum CmarkGFM {
  /// The extensions GitHub turns on for Markdown files.
  static let extensions = ["footnotes", "table", "strikethrough", "autolink", "tasklist"]

  /// The `cmark-gfm` in a folder of `searchPath` (colon-separated, like `PATH`), or nil.
  static func executable(
    in searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  ) -> String? {
    searchPath.split(separator: ":").map { $0 + "/cmark-gfm" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// There is no `cmark-gfm` to run; the message says how to install it.
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "cmark-gfm is not installed: install cmark-gfm (apt-get install cmark-gfm)"
    }
  }

  /// Parses `markdown` with the `cmark-gfm` found in `searchPath`; a missing cmark-gfm
  /// throws ``Missing``, which fails the calling test with the install hint.
  static func parse(
    _ markdown: String,
    searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  ) throws -> Parsed {
    guard let executable = executable(in: searchPath) else { throw Missing() }
    let xml = try run(executable, ["--to", "xml"], markdown)
      .replacingOccurrences(of: "<<unknown> />", with: "<footnote_reference />")
      .replacingOccurrences(of: "</<unknown>>", with: "</footnote_definition>")
      .replacingOccurrences(of: "<<unknown>>", with: "<footnote_definition>")
    let html = try run(executable, ["--to", "html"], markdown)
    return Parsed(tree: try XMLTree.parse(xml), html: html)
  }

  private static func run(_ executable: String, _ arguments: [String], _ input: String) throws
    -> String
  {
    // The document goes in a file, so no pipe can fill up while cmark-gfm writes.
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "leakline-export-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).md")
    try Data(input.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = extensions.flatMap { ["--extension", $0] } + arguments + [file.path]
    let stdout = Pipe()
    process.standardOutput = stdout
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw XMLTree.ParseError(
        description: "cmark-gfm exited with status \(process.terminationStatus)")
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// What cmark-gfm made of a document.
  struct Parsed {
    /// The CommonMark XML tree.
    var tree: XMLTree
    /// The HTML GitHub's parser renders (raw HTML would appear as "raw HTML omitted").
    var html: String

    /// Every node, depth first.
    var nodes: [XMLTree] { tree.all }

    /// Headings as (level, displayed text), in document order.
    var headings: [(level: Int, text: String)] {
      nodes.filter { $0.name == "heading" }.map {
        (Int($0.attributes["level"] ?? "") ?? 0, $0.text)
      }
    }

    /// The ids of footnote definitions, in the order cmark-gfm lists them.
    var footnoteDefinitions: [String] { matches(of: #"<li id="fn-([^"]+)">"#) }

    /// The label of each footnote reference, one per reference.
    var footnoteReferences: [String] { matches(of: ##"<a href="#fn-([^"]+)" id="fnref-"##) }

    private func matches(of pattern: String) -> [String] {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
      let range = NSRange(html.startIndex..., in: html)
      return regex.matches(in: html, range: range).compactMap { match in
        Range(match.range(at: 1), in: html).map { String(html[$0]) }
      }
    }
  }
}

/// A minimal XML tree, enough for cmark's `--to xml` output (elements, attributes, text).
final class XMLTree {
  let name: String
  var attributes: [String: String] = [:]
  var children: [XMLTree] = []
  /// Text content of a text-like node (`text`, `code`, `code_block`, `html_inline`…).
  var literal = ""

  init(name: String) { self.name = name }

  /// This node and all below it, depth first.
  var all: [XMLTree] { [self] + children.flatMap(\.all) }

  /// The displayed text of this node and its descendants.
  var text: String {
    name == "softbreak" || name == "linebreak" ? " " : literal + children.map(\.text).joined()
  }

  struct ParseError: Error, CustomStringConvertible {
    var description: String
  }

  /// Parses well-formed XML without DTD processing.
  static func parse(_ xml: String) throws -> XMLTree {
    let root = XMLTree(name: "#root")
    var stack = [root]
    var i = xml.startIndex
    while i < xml.endIndex {
      if xml[i] == "<" {
        guard let close = xml[i...].firstIndex(of: ">") else {
          throw ParseError(description: "unclosed tag")
        }
        let tag = xml[xml.index(after: i)..<close]
        i = xml.index(after: close)
        if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
        if tag.hasPrefix("/") {
          guard stack.count > 1, stack.last?.name == String(tag.dropFirst()) else {
            throw ParseError(description: "unexpected </\(tag.dropFirst())>")
          }
          stack.removeLast()
          continue
        }
        let selfClosing = tag.hasSuffix("/")
        let body = selfClosing ? tag.dropLast() : tag
        let name = String(body.prefix { !$0.isWhitespace })
        let node = XMLTree(name: name)
        node.attributes = attributes(body.dropFirst(name.count))
        stack.last?.children.append(node)
        if !selfClosing { stack.append(node) }
      } else {
        let end = xml[i...].firstIndex(of: "<") ?? xml.endIndex
        let text = decode(String(xml[i..<end]))
        if let top = stack.last,
          !text.allSatisfy(\.isWhitespace) || top.attributes["xml:space"] == "preserve"
        {
          top.literal += text
        }
        i = end
      }
    }
    guard stack.count == 1 else {
      throw ParseError(description: "unclosed <\(stack.last?.name ?? "")>")
    }
    return root
  }

  private static func attributes(_ text: Substring) -> [String: String] {
    var result: [String: String] = [:]
    var rest = text
    while let eq = rest.firstIndex(of: "=") {
      let key = rest[..<eq].trimmingCharacters(in: .whitespaces)
      guard let open = rest[eq...].firstIndex(of: "\""),
        let close = rest[rest.index(after: open)...].firstIndex(of: "\"")
      else { break }
      result[key] = decode(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return result
  }

  private static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var i = text.startIndex
    while i < text.endIndex {
      if text[i] == "&", let semi = text[i...].firstIndex(of: ";") {
        let entity = text[text.index(after: i)..<semi]
        var decoded: String?
        switch entity {
        case "lt": decoded = "<"
        case "gt": decoded = ">"
        case "amp": decoded = "&"
        case "quot": decoded = "\""
        case "apos": decoded = "'"
        default:
          if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16),
            let s = Unicode.Scalar(v)
          {
            decoded = String(s)
          } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()),
            let s = Unicode.Scalar(v)
          {
            decoded = String(s)
          }
        }
        if let decoded {
          out += decoded
          i = text.index(after: semi)
          continue
        }
      }
      out.append(text[i])
      i = text.index(after: i)
    }
    return out
  }
}
