package app.spindle.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by one delimiter, optionally in double quotes, where a
 * quoted field may hold the delimiter, line breaks and doubled quotes. Line ends may be CRLF, LF or
 * CR. A quote that opens and never closes is an error naming the line it opened on; a stray quote
 * inside an unquoted field is kept as text, as spreadsheets do.
 */
final class CsvRecords {

    /** One record and the line it starts on (records can span lines). */
    record Row(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : null;
        }
    }

    private CsvRecords() {
    }

    /** The delimiter the first line uses most: ",", ";" or tab (ties go to the comma). */
    static char detectDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = line;
                fieldStart = false;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                fieldStart = true;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (quoted) {
            throw ImportException.atLine(quoteLine, "a quoted field starts here and is never closed (a \" is missing).");
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
