package app.spindle.dump;

import app.spindle.mirror.Database;
import app.spindle.mirror.ReleaseMapping;
import app.spindle.mirror.ReleaseRows;
import app.spindle.testing.Folders;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The {@code --all} writer alone, without the parse beside it: the first {@code RELEASES} records of a dump are read
 * and mapped into memory, then written by {@link BulkReleaseWriter} into a fresh mirror as a bulk load writes them
 * (indexes dropped, 2,000 releases a transaction), once with every child row in its own statement and once
 * {@link GroupedInsert#ROWS} to a statement; the shapes take turns, five rounds, the first a warm-up. Prints the
 * writing thread's CPU each time and the least per shape (on a shared machine the least is the least disturbed).
 * {@code src/bench/run.sh -Xmx1g app.spindle.dump.WriterShapes /tmp/ds/b100k/discogs_20200806_releases.xml.gz 20000}
 */
public final class WriterShapes {
    private WriterShapes() {
    }

    public static void main(String[] args) throws Exception {
        DumpFile file = DumpFile.of(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        List<ReleaseRows> releases = new ArrayList<>(count);
        List<Long> digests = new ArrayList<>(count);
        try (DumpReader reader = new DumpReader(file, new ByteCounter())) {
            while (releases.size() < count && reader.next()) {
                DumpRelease r = reader.release();
                releases.add(ReleaseMapping.rowsOf(r.release(), "2020-08-06T00:00:00.000Z"));
                digests.add(r.digest());
            }
        }
        long rows = releases.stream().mapToLong(WriterShapes::rows).sum();
        System.out.printf("%d releases, %.1f rows each%n", releases.size(), (double) rows / releases.size());
        int[] shapes = {1, GroupedInsert.ROWS};
        double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < 5; round++) {
            for (int s = 0; s < shapes.length; s++) {
                double cpu = write(releases, digests, shapes[s]);
                if (round > 0) {
                    least[s] = Math.min(least[s], cpu);
                }
                System.out.printf("%s%2d child rows a statement: %.1f µs of writer CPU a release%n",
                        round == 0 ? "(warm-up) " : "", shapes[s], cpu * 1e6 / releases.size());
            }
        }
        for (int s = 0; s < shapes.length; s++) {
            System.out.printf("least, %2d child rows a statement: %.1f µs a release, %.2f µs a row%n", shapes[s],
                    least[s] * 1e6 / releases.size(), least[s] * 1e6 / rows);
        }
    }

    private static long rows(ReleaseRows r) {
        return 1 + r.credits().size() + r.tracks().size() + r.trackCredits().size() + r.labels().size()
                + r.formats().size() + r.identifiers().size() + r.genres().size() + r.styles().size();
    }

    private static double write(List<ReleaseRows> releases, List<Long> digests, int perStatement) throws Exception {
        Path dir = Folders.temporary("writer-shapes");
        Database db = Database.open(dir);
        try (Handle h = db.jdbi().open()) {
            BulkLoad.prepare(h, Long.MAX_VALUE);
            long started = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (BulkReleaseWriter writer = new BulkReleaseWriter(h.getConnection(), true, perStatement)) {
                for (int i = 0; i < releases.size(); i++) {
                    if (i % 2000 == 0) {
                        if (h.isInTransaction()) {
                            writer.flush();
                            h.commit();
                        }
                        h.begin();
                    }
                    writer.insertNew(releases.get(i), digests.get(i));
                }
                writer.flush();
                h.commit();
            }
            return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - started) / 1e9;
        } finally {
            db.close();
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
