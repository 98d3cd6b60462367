package app.spindle.web;

/** A count with its noun in the right number ("1 result", "1,204 results"), for every page's figures. */
public final class Counted {
    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return grouped(n) + " " + (n == 1 ? one : many);
    }

    /** 1234567 → "1,234,567" (String.format is slow enough to show on a page with hundreds of numbers). */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
