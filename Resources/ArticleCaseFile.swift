/// The article's case file, compiled into the binary.
///
/// `leakline` with no `--case` opens this. It is embedded as bytes by SwiftPM's
/// `embedInCode` rule rather than read through `Bundle.module`, so a release binary copied
/// alone to another machine still has it (on Linux a missing resource bundle is a crash).
public enum ArticleCaseFile {
  /// The name shown in messages and titles for the embedded file.
  public static let displayName = "article.case.json (built in)"

  /// The UTF-8 JSON bytes of `Resources/article.case.json`.
  public static var bytes: [UInt8] { PackageResources.article_case_json }
}
