import Foundation

/// A team notebook's address, `postgresql://user@host:port/dbname?sslmode=…`, and how to
/// show it without its password.
///
/// The URL goes to libpq exactly as given; only what people see is changed. A password may
/// sit in the user part (`user:secret@host`) or in the query (`?password=secret`); both are
/// replaced by `***`, and ``scrub(_:url:)`` also takes the password's text out of any
/// message (a library's error that echoes it, say).
public enum ConnectionURL {
  /// Whether `text` names a PostgreSQL database rather than a file.
  public static func isPostgres(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
  }

  /// `url` with any password replaced by `***`, safe to print.
  public static func redacted(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    var text = url
    // The authority ends at the first '/', '?' or '#' after the scheme.
    let rest = text[scheme.upperBound...]
    let authorityEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? text.endIndex
    let authority = text[scheme.upperBound..<authorityEnd]
    if let at = authority.lastIndex(of: "@"),
      let colon = authority[..<at].firstIndex(of: ":")
    {
      text.replaceSubrange(text.index(after: colon)..<at, with: "***")
    }
    return redactQueryPasswords(text)
  }

  /// `message` with the URL's password taken out wherever it appears, as typed or
  /// percent-decoded, and any URL in it redacted.
  public static func scrub(_ message: String, url: String) -> String {
    var text = message
    for secret in passwords(in: url) where !secret.isEmpty {
      text = text.replacingOccurrences(of: secret, with: "***")
    }
    if text.contains(url) { text = text.replacingOccurrences(of: url, with: redacted(url)) }
    return text
  }

  /// Every password the URL carries, raw and percent-decoded.
  static func passwords(in url: String) -> [String] {
    var found: [String] = []
    if let scheme = url.range(of: "://") {
      let rest = url[scheme.upperBound...]
      let authority = rest.prefix(while: { !"/?#".contains($0) })
      if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
        found.append(String(authority[authority.index(after: colon)..<at]))
      }
    }
    if let query = url.firstIndex(of: "?") {
      for pair in url[url.index(after: query)...].split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2, parts[0].lowercased() == "password" {
          found.append(String(parts[1].prefix(while: { $0 != "#" })))
        }
      }
    }
    return found.flatMap { raw in
      [raw, raw.removingPercentEncoding].compactMap { $0 }
    }
  }

  private static func redactQueryPasswords(_ url: String) -> String {
    guard let query = url.firstIndex(of: "?") else { return url }
    let pairs = url[url.index(after: query)...].split(
      separator: "&", omittingEmptySubsequences: false)
    let kept = pairs.map { pair -> String in
      let parts = pair.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, parts[0].lowercased() == "password" else { return String(pair) }
      let fragment = parts[1].firstIndex(of: "#").map { String(parts[1][$0...]) } ?? ""
      return "\(parts[0])=***\(fragment)"
    }
    return url[...query] + kept.joined(separator: "&")
  }
}
