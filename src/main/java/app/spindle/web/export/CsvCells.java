package app.spindle.web.export;

import java.util.List;

/**
 * One CSV line as RFC 4180 writes it: cells with a comma, quote or line break are quoted, quotes doubled,
 * lines end in CRLF. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so an exported title like "=HYPERLINK(…)" stays text.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            if (n > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(n)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
