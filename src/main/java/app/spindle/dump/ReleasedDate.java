package app.spindle.dump;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the API derives from {@code released}: the year ("1987-07-00" → 1987) and
 * {@code released_formatted} ("Jul 1987", "26 Jan 2004", "2009").
 */
final class ReleasedDate {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private ReleasedDate() {
    }

    static int year(String released) {
        Matcher m = released == null ? null : DATE.matcher(released.trim());
        return m != null && m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    static String formatted(String released) {
        if (released == null) {
            return null;
        }
        Matcher m = DATE.matcher(released.trim());
        if (!m.matches()) {
            return released;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return m.group(1);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return day == 0 ? monthName + " " + m.group(1) : String.format(Locale.ROOT, "%02d %s %s", day, monthName, m.group(1));
    }
}
