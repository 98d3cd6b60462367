package app.spindle.match;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;

/**
 * Turns uploaded bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM (what spreadsheet
 * "Unicode text" and Rekordbox's txt export write), and, when allowed and the bytes are clearly
 * so, Windows-1252 (old Windows playlists and Excel CSVs). Anything else is refused with the line and
 * column of the first byte that is not UTF-8, rather than guessed into mojibake.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** @param note what the user should know about the decoding, or null */
    record DecodedText(String text, String note) {
    }

    private TextDecoding() {
    }

    static DecodedText decode(byte[] bytes, boolean allowWindows1252) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int offset = bom ? 3 : 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportException("This is not a text file (it contains binary data).");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return new DecodedText(out.flip().toString(), null);
        }
        if (allowWindows1252 && !bom && clearlyWindows1252(bytes)) {
            return new DecodedText(new String(bytes, WINDOWS_1252),
                    "The file was not UTF-8; it was read as Windows-1252 (Western European).");
        }
        throw notUtf8(bytes, offset, in.position());
    }

    private static ImportException notUtf8(byte[] bytes, int offset, int bad) {
        int lineStart = offset;
        int line = 1;
        for (int i = offset; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return ImportException.at(line, column, "the file is not UTF-8 text (byte 0x"
                + String.format("%02X", bytes[bad] & 0xFF) + "). Save or export it as UTF-8 and upload it again.");
    }

    /**
     * Windows-1252 only when nothing in the bytes is valid UTF-8 beyond ASCII, no byte is one that
     * Windows-1252 leaves undefined, and there are no control characters: mixed or binary input is refused.
     */
    static boolean clearlyWindows1252(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return false;
                }
                i++;
                continue;
            }
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
            if (validUtf8SequenceAt(bytes, i)) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean validUtf8SequenceAt(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
