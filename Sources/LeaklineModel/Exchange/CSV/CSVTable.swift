/// RFC 4180 CSV: writing cells, and reading records with the line each starts on.
///
/// Spreadsheets are where many people edit lists of events, so the writer quotes exactly
/// as RFC 4180 says (CRLF line ends; a cell with a comma, quote, CR or LF in double quotes,
/// quotes doubled) and the reader accepts what spreadsheets write (CRLF or LF, a UTF-8
/// byte-order mark, a last line without a line end).
public enum CSVTable {
  /// One record and where it starts, for messages ("row 7", line 9 when cells hold line
  /// breaks).
  public struct Record: Sendable, Equatable {
    /// The record's number counting the header as 1, as a spreadsheet numbers its rows.
    public var row: Int
    /// The line of the file the record starts on, counting from 1.
    public var line: Int
    public var cells: [String]
    /// The column (in characters, from 1) each cell starts at on its line.
    public var columns: [Int] = []
  }

  /// A problem in the CSV syntax itself.
  public struct SyntaxError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
    public var help: String
  }

  /// One record as a line of CSV, ending with CRLF.
  public static func line(_ cells: [String]) -> String {
    cells.map(quote).joined(separator: ",") + "\r\n"
  }

  /// A cell, quoted when RFC 4180 needs it.
  ///
  /// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
  /// tab or CR) — or that starts with `'` — gets a `'` in front, so a hostile case file
  /// cannot run formulas in the reader's spreadsheet; ``unprotect(_:)`` takes it off again.
  public static func quote(_ cell: String) -> String {
    var cell = cell
    if let first = cell.unicodeScalars.first, formulaStarts.contains(first) { cell = "'" + cell }
    guard
      cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Undoes the formula protection of ``quote(_:)``.
  public static func unprotect(_ cell: String) -> String {
    let scalars = cell.unicodeScalars
    guard scalars.count >= 2, scalars.first == "'",
      formulaStarts.contains(scalars[scalars.index(after: scalars.startIndex)])
    else { return cell }
    return String(String.UnicodeScalarView(scalars.dropFirst()))
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

  /// Parses CSV text into records. Blank lines are skipped; every other line is a record.
  ///
  /// - Throws: ``SyntaxError`` for a quote that is never closed or text after a closing
  ///   quote, with the line and column.
  public static func parse(_ text: String) throws(SyntaxError) -> [Record] {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [Record] = []
    var cells: [String] = []
    var columns: [Int] = []
    var cellStart = 1
    var cell = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var recordLine = 1
    var i = 0
    var quoted = false
    var afterQuote = false
    var quoteLine = 1
    var quoteColumn = 1
    func endRecord() {
      cells.append(String(cell))
      columns.append(cellStart)
      cell = String.UnicodeScalarView()
      if !(cells.count == 1 && cells[0].isEmpty) {
        records.append(
          Record(row: records.count + 1, line: recordLine, cells: cells, columns: columns))
      }
      cells = []
      columns = []
    }
    while i < scalars.count {
      let c = scalars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < scalars.count, scalars[i + 1] == "\"" {
            cell.append("\"")
            i += 1
            column += 1
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          cell.append(c)
          if c == "\n" {
            line += 1
            column = 0
          }
        }
      } else {
        switch c {
        case ",":
          cells.append(String(cell))
          columns.append(cellStart)
          cellStart = column + 1
          cell = String.UnicodeScalarView()
          afterQuote = false
        case "\r", "\n":
          if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
          endRecord()
          afterQuote = false
          line += 1
          column = 0
          cellStart = 1
          recordLine = line
        case "\"" where cell.isEmpty && !afterQuote:
          quoted = true
          quoteLine = line
          quoteColumn = column
        default:
          if afterQuote {
            throw SyntaxError(
              line: line, column: column, message: "text after a closing quote",
              help:
                "Put the whole cell in quotes and double any quote inside it (\"say \"\"hi\"\"\").")
          }
          cell.append(c)
        }
      }
      i += 1
      column += 1
    }
    if quoted {
      throw SyntaxError(
        line: quoteLine, column: quoteColumn, message: "a quoted cell is never closed",
        help: "Add the closing quote, and double any quote inside the cell (\"\").")
    }
    if !cell.isEmpty || !cells.isEmpty { endRecord() }
    return records
  }
}
