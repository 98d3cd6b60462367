package app.spindle.dump;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The parse-and-filter benchmark: streams a releases dump as {@code import-dump} does, reading every
 * {@code every}-th release into the API model and skipping the others ({@code every} = 1 reads all).
 * {@code java -Xmx256m -cp spindle.jar app.spindle.dump.ParseThroughput FILE [every]}
 */
public final class ParseThroughput {
    private ParseThroughput() {
    }

    public static void main(String[] args) {
        DumpFile file = DumpFile.of(Path.of(args[0]));
        long every = args.length > 1 ? Long.parseLong(args[1]) : 1;
        ByteCounter bytes = new ByteCounter();
        long started = System.nanoTime();
        long records = 0;
        long parsed = 0;
        long tracks = 0;
        try (DumpReader reader = new DumpReader(file, bytes)) {
            while (reader.next()) {
                long id = reader.attributeId();
                records++;
                if (id % every == 0) {
                    tracks += reader.release().release().tracklist().size();
                    parsed++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += gc.getCollectionTime();
            gcCount += gc.getCollectionCount();
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d records (%d read fully, %d tracks) in %.1f s: %.0f records/s, %.1f MB/s of gzip;"
                        + " GC %d collections, %d ms; peak heap %.0f MB (max %d MB)%n",
                records, parsed, tracks, seconds, records / seconds, bytes.bytes() / seconds / 1e6, gcCount, gcMillis,
                peakHeap / 1e6, Runtime.getRuntime().maxMemory() / (1 << 20));
    }
}
