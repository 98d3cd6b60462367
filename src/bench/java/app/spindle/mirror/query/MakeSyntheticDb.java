package app.spindle.mirror.query;

import app.spindle.mirror.Database;
import java.nio.file.Files;
import java.nio.file.Path;

class MakeSyntheticDb {
    public static void main(String[] args) throws Exception {
        new MakeSyntheticDb().make();
    }

    void make() throws Exception {
        Path dir = Path.of(System.getProperty("synthetic.dir", "/tmp/synthetic"));
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("spindle.db"));
        Database db = Database.open(dir);
        long t = System.nanoTime();
        SyntheticMirror.fill(db.jdbi(), Integer.getInteger("synthetic.collection", 100_000),
                Integer.getInteger("synthetic.wants", 10_000), 7);
        System.out.println("filled in " + (System.nanoTime() - t) / 1_000_000 + " ms");
    }
}
