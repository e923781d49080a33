/// The team notebook's tables, created and upgraded on first use by numbered migrations.
///
/// `leakline_schema_version` records how far the database has been migrated (one row per
/// component, here `notebook`). A client that finds the version current only reads it, so
/// a read-only role never needs more than SELECT; one that finds it behind takes a
/// transaction-wide advisory lock, so two clients starting at once migrate once.
enum NotebookSchema {
  /// The version this Leakline writes and reads.
  static var currentVersion: Int { migrations.count }

  /// Migration N (1-based) takes the database from version N-1 to N. Never edit one that
  /// has shipped: add the next.
  static let migrations: [[String]] = [
    [
      """
      CREATE TABLE leakline_notebook_changes (
        seq bigserial PRIMARY KEY,
        case_key text NOT NULL,
        id text NOT NULL,
        v integer NOT NULL,
        at timestamptz NOT NULL,
        author text NOT NULL,
        target text NOT NULL,
        op text NOT NULL,
        text text,
        label text,
        note_id text,
        escaped boolean NOT NULL DEFAULT false,
        stored_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_key, id)
      )
      """,
      "CREATE INDEX leakline_notebook_changes_case_seq ON leakline_notebook_changes (case_key, seq)",
      """
      COMMENT ON TABLE leakline_notebook_changes IS 'Leakline team notebook: one row per change \
      (the fields of a .notes.jsonl line); append-only. See docs/team.md.'
      """,
    ]
  ]

  static let versionTableExists =
    "SELECT to_regclass('leakline_schema_version') IS NOT NULL"

  static let createVersionTable = """
    CREATE TABLE IF NOT EXISTS leakline_schema_version (
      component text PRIMARY KEY, version integer NOT NULL,
      migrated_at timestamptz NOT NULL DEFAULT now())
    """

  /// Serialises migrations across clients (an arbitrary constant: "leakline" in ASCII).
  static let migrationLock = "SELECT pg_advisory_xact_lock(7811887551596736869)"

  static let versionInTransaction =
    "SELECT version FROM leakline_schema_version WHERE component = 'notebook'"

  static let recordVersion = """
    INSERT INTO leakline_schema_version (component, version) VALUES ('notebook', $1::integer)
    ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version, migrated_at = now()
    """

  /// Brings the database to ``currentVersion``; throws what the server said.
  static func migrate(_ connection: PostgresConnection) throws(PostgresFailure) {
    // Reading first writes nothing, so a read-only role gets past a current database.
    if try connection.scalar(versionTableExists) == "t",
      let found = try connection.scalar(versionInTransaction).flatMap({ Int($0) }),
      found >= currentVersion
    {
      return
    }
    try connection.execute("BEGIN")
    do throws(PostgresFailure) {
      try connection.execute(migrationLock)
      try connection.execute(createVersionTable)
      let version = try connection.scalar(versionInTransaction).flatMap { Int($0) } ?? 0
      if version < currentVersion {
        for statements in migrations[version...] {
          for statement in statements { try connection.execute(statement) }
        }
        try connection.execute(recordVersion, [String(currentVersion)])
      }
      try connection.execute("COMMIT")
    } catch {
      _ = try? connection.execute("ROLLBACK")
      throw error
    }
  }
}
