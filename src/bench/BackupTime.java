// Takes automatic backups of an existing data folder as the running server would, and prints wall time, this
// process's CPU time and the backup's size for each: java -cp target/spindle.jar src/bench/BackupTime.java DATA_DIR [RUNS]
import app.spindle.backups.BackupFile;
import app.spindle.backups.BackupSchedule;
import app.spindle.mirror.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

public class BackupTime {
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]);
        int runs = a.length > 1 ? Integer.parseInt(a[1]) : 3;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Database db = Database.open(data)) {
            System.out.printf("database %s: %,d bytes%n", db.file(), Files.size(db.file()));
            for (int i = 0; i < runs; i++) {
                // each run a day later, keeping every backup, so each one is due
                Clock day = Clock.fixed(Instant.now().plus(Duration.ofDays(i)), ZoneOffset.UTC);
                BackupSchedule schedule = new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofDays(1), 365), day,
                        BackupSchedule::usableSpaceOf);
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                BackupSchedule.Outcome outcome = schedule.takeIfDue();
                double wall = (System.nanoTime() - t) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                BackupFile newest = schedule.backups().get(0);
                System.out.printf("run %d: %s, wall %.2f s, CPU %.2f s, backup %,d bytes%n", i + 1, outcome, wall, cpuSeconds,
                        newest.bytes());
            }
        }
    }
}
