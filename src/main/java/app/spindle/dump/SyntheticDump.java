package app.spindle.dump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a large releases dump for benchmarks from a real one: its records, repeated with new
 * ascending ids, text untouched.
 * {@code java -cp spindle.jar app.spindle.dump.SyntheticDump SAMPLE.xml.gz 1000000 /tmp/discogs_20200806_releases.xml.gz}
 */
public final class SyntheticDump {
    private static final String START = "<release id=\"";

    private SyntheticDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticDump SAMPLE_RELEASES.xml.gz RECORDS OUT.xml.gz");
            System.exit(2);
        }
        long started = System.nanoTime();
        long records = Long.parseLong(args[1]);
        write(Path.of(args[0]), records, Path.of(args[2]));
        System.err.printf("wrote %d records to %s (%d bytes) in %.1f s%n", records, args[2], Files.size(Path.of(args[2])),
                (System.nanoTime() - started) / 1e9);
    }

    public static void write(Path sample, long records, Path out) throws IOException {
        List<String> bodies = recordBodies(sample);
        try (OutputStream file = Files.newOutputStream(out);
             Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<releases>\n");
            for (long i = 0; i < records; i++) {
                w.write(START);
                w.write(Long.toString(i + 1));
                w.write(bodies.get((int) (i % bodies.size())));
            }
            w.write("</releases>\n");
        }
    }

    /** Each record of the sample from just after its id to its end, newline included. */
    static List<String> recordBodies(Path sample) throws IOException {
        String xml;
        try (InputStream in = DumpFile.of(sample).open(new ByteCounter())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> bodies = new ArrayList<>();
        int at = xml.indexOf(START);
        while (at >= 0) {
            int next = xml.indexOf("\n" + START, at);
            int end = next >= 0 ? next + 1 : xml.lastIndexOf("</releases>");
            String record = xml.substring(at + START.length(), end);
            bodies.add(record.substring(record.indexOf('"')));
            at = next >= 0 ? next + 1 : -1;
        }
        return bodies;
    }
}
