/// Fuzz target: the case-file loader and everything that prints a loaded file.
///
/// Any bytes go through `CaseFileLoader.load(bytes:name:)`. A file that loads is indexed
/// and every record is printed as the CLI prints it (`PlainTextReport`) and as `--json`
/// writes it (`JSONReport`); a file that does not load has its problems printed both ways.
/// Properties: nothing traps or hangs; no printed line holds a raw control or bidi
/// character; every JSON output parses; a loaded file written back as a case file loads
/// again to the same text; whenever the fast loader (Scale/) accepts a file, the strict
/// loader accepts it too and builds the same records.
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  // `load(bytes:name:)` tries the fast loader (Scale/) first and falls back to the strict
  // one; run both separately so each is checked against the other.
  let fast = FastCaseFileLoader.load(bytes)
  let strict: CaseFile
  do {
    strict = try CaseFileLoader.loadStrictly(bytes: bytes, name: "fuzz.json")
  } catch {
    if fast != nil {
      FuzzCheck.fail(
        "the fast loader accepts a file the strict loader refuses: \(error.description.prefix(400))"
      )
    }
    checkProblems(error)
    return 0
  }
  if let fast, fast != strict {
    FuzzCheck.fail("the fast loader builds different records from the strict loader")
  }
  let file = fast ?? strict
  let index = CaseIndex(file)
  checkReports(index)
  checkJSON(index)
  checkRoundTrip(file)
  return 0
}

private func checkProblems(_ error: CaseFileError) {
  if error.issues.isEmpty { FuzzCheck.fail("a load failed with no issue") }
  for issue in error.issues where issue.message.isEmpty || issue.help.isEmpty {
    FuzzCheck.fail("an issue has no message or no help: \(issue)")
  }
  let text = TerminalSafeText.sanitize(error.description, keepingNewlines: true)
  FuzzCheck.terminalSafe(text, allowingNewlines: true, "the sanitised problem list")
  let json = JSONReport.problems(error, file: "fuzz.json").render()
  FuzzCheck.terminalSafe(json, allowingNewlines: true, "the JSON problem list")
  FuzzCheck.parsesAsJSON(json, "the JSON problem list")
}

private func checkReports(_ index: CaseIndex) {
  let report = PlainTextReport(index: index)
  var lines = report.eventLines(index.timeline) + report.sourcesList()
  for event in index.timeline { lines += report.eventReport(event) }
  for entity in index.entitiesByKind {
    lines.append(report.entityLine(entity))
    lines += report.dossier(entity)
  }
  for source in index.sourcesInOrder { lines += report.sourceReport(source) }
  for line in lines { FuzzCheck.terminalSafe(line, "a PlainTextReport line") }
}

private func checkJSON(_ index: CaseIndex) {
  var outputs = [JSONReport.events(index.timeline, index: index, query: nil)]
  outputs += index.timeline.map { JSONReport.event($0, index: index) }
  outputs += index.entitiesByKind.map { JSONReport.dossier($0, index: index) }
  outputs += index.sourcesInOrder.map { JSONReport.source($0, index: index) }
  for output in outputs {
    for pretty in [true, false] {
      let json = output.render(pretty: pretty)
      FuzzCheck.terminalSafe(json, allowingNewlines: pretty, "a JSONReport")
      FuzzCheck.parsesAsJSON(json, "a JSONReport")
    }
  }
}

private func checkRoundTrip(_ file: CaseFile) {
  let written = CaseFileJSON.caseFile(file).render()
  let again: CaseFile
  do {
    again = try CaseFileLoader.load(bytes: Array(written.utf8), name: "written.json")
  } catch {
    FuzzCheck.fail("a loaded file written back does not load: \(error.description.prefix(400))")
  }
  if CaseFileJSON.caseFile(again).render() != written {
    FuzzCheck.fail("a loaded file written back reads differently")
  }
}
