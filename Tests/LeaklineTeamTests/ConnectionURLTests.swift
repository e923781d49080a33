import Testing

@testable import LeaklineTeam

/// A password in a team notebook's URL never reaches a person: not in the location shown,
/// not in a message that echoes it.
@Suite struct ConnectionURLTests {
  static let redactions: [(url: String, shown: String)] = [
    ("postgresql://alice@db.example.org:5432/news", "postgresql://alice@db.example.org:5432/news"),
    ("postgresql://alice:s3cr%40t@db:5432/news", "postgresql://alice:***@db:5432/news"),
    (
      "postgres://alice:pw@db/news?sslmode=verify-full",
      "postgres://alice:***@db/news?sslmode=verify-full"
    ),
    ("postgresql://db/news?user=alice&password=pw", "postgresql://db/news?user=alice&password=***"),
    ("postgresql://db/news?PASSWORD=pw#x", "postgresql://db/news?PASSWORD=***#x"),
    ("postgresql://alice:p:w@db", "postgresql://alice:***@db"),
    ("postgresql://alice:@db", "postgresql://alice:***@db"),
    ("postgresql://:pw@db/news", "postgresql://:***@db/news"),
    ("postgresql:///news?host=/tmp", "postgresql:///news?host=/tmp"),
    (
      "postgresql://a:b@h1,h2:5433/d?password=c&sslmode=require",
      "postgresql://a:***@h1,h2:5433/d?password=***&sslmode=require"
    ),
  ]

  @Test(arguments: redactions)
  func locationHasNoPassword(url: String, shown: String) {
    #expect(ConnectionURL.redacted(url) == shown)
  }

  @Test func messagesLoseThePasswordAsTypedOrDecoded() {
    let url = "postgresql://alice:s3cr%40t-Pw@db/news?password=other-Secret"
    let message = "FATAL: user alice, password s3cr@t-Pw or s3cr%40t-Pw or other-Secret; \(url)"
    let scrubbed = ConnectionURL.scrub(message, url: url)
    for secret in ["s3cr@t-Pw", "s3cr%40t-Pw", "other-Secret"] {
      #expect(!scrubbed.contains(secret), "\(scrubbed)")
    }
    #expect(scrubbed.contains("user alice"))
  }

  @Test(arguments: [
    ("postgresql://h/d", true), ("POSTGRES://h/d", true), ("notes.jsonl", false),
    ("/tmp/postgresql://x", false), ("mysql://h/d", false),
  ])
  func tellsDatabaseFromFile(text: String, isDatabase: Bool) {
    #expect(ConnectionURL.isPostgres(text) == isDatabase)
  }
}
