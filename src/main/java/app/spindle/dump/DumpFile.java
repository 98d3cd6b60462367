package app.spindle.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A dump file on disk, named as Discogs names them ({@code discogs_20200806_releases.xml.gz}): the
 * name gives the dump's date and kind. {@code .gz} files must be gzip; {@code .xml} files are read as
 * they are.
 */
public record DumpFile(Path path, DumpKind kind, LocalDate date, long size, boolean gzip) {
    private static final Pattern NAME = Pattern.compile("discogs_(\\d{8})_(releases|masters|artists|labels)\\.xml(\\.gz)?");
    private static final int BUFFER = 1 << 16;

    public static DumpFile of(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DumpException(DumpException.Problem.MISSING, "there is no file " + file);
        }
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new DumpException(DumpException.Problem.BAD_NAME, file.getFileName()
                    + " is not named like a Discogs dump (discogs_YYYYMMDD_releases.xml.gz): the name gives the dump's date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new DumpException(DumpException.Problem.BAD_NAME, file.getFileName() + " has no valid date in its name");
        }
        try {
            return new DumpFile(file, DumpKind.ofWord(m.group(2)), date, Files.size(file), m.group(3) != null);
        } catch (IOException e) {
            throw new DumpException(DumpException.Problem.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's XML, unzipped on the fly; {@code counter} sees the bytes read from disk. */
    public InputStream open(ByteCounter counter) {
        try {
            InputStream raw = new CountingInputStream(Files.newInputStream(path), counter);
            if (!gzip) {
                return new WatchedInput(new BufferedInputStream(raw, BUFFER));
            }
            BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            if (b1 != 0x1f || b2 != 0x8b) {
                buffered.close();
                throw new DumpException(DumpException.Problem.NOT_GZIP, path.getFileName()
                        + " is not a gzip file, though its name ends in .gz: download it again");
            }
            return new WatchedInput(new InflatingReadAhead(new GZIPInputStream(buffered, BUFFER)));
        } catch (IOException e) {
            throw new DumpException(DumpException.Problem.UNREADABLE, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
