package app.spindle.dump;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Next month's dump for the refresh benchmark: a copy of a releases dump (one record a line, as Discogs and
 * {@link SyntheticDump} write them) in which every {@code EVERY}-th record has a new title, the rest untouched.
 * {@code src/bench/run.sh app.spindle.dump.ChangedDump IN.xml.gz 100 OUT.xml.gz} changes 1 % of the records.
 */
public final class ChangedDump {
    private ChangedDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ChangedDump IN_RELEASES.xml.gz EVERY OUT_RELEASES.xml.gz");
            System.exit(2);
        }
        int every = Integer.parseInt(args[1]);
        long records = 0;
        long changed = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DumpFile.of(Path.of(args[0])).open(new ByteCounter()), StandardCharsets.UTF_8), 1 << 16);
             Writer out = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("<release ") && ++records % every == 0 && line.contains("<title>")) {
                    line = line.replaceFirst("<title>", "<title>Remastered: ");
                    changed++;
                }
                out.write(line);
                out.write('\n');
            }
        }
        System.err.printf("%d records, %d with a new title, written to %s%n", records, changed, args[2]);
    }
}
