package app.spindle.testing;

import app.spindle.Spindle;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;

final class StartCostTmp {
    public static void main(String[] args) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SyncedAccount account = SyncedAccount.sync(Files.createTempDirectory("st"), 60, 30);
        for (int i = 0; i < Integer.parseInt(args[0]); i++) {
            long c = os.getProcessCpuTime();
            Spindle s = account.startSpindle();
            long c2 = os.getProcessCpuTime();
            s.close();
            System.out.printf("start %d ms, close %d ms%n", (c2 - c) / 1_000_000, (os.getProcessCpuTime() - c2) / 1_000_000);
        }
        account.close();
    }
}
