package app.spindle.testing;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.hardening.KillableSync;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class-data sharing archive for the child JVMs: a child then maps the classes a sync loads instead of reading,
 * parsing and verifying them from ~100 jars. JDK 17 archives only classes from jars and dumps only at a normal exit
 * (the children are killed -9), so the class folders are jarred, one training child (`KillableSync`, the child most
 * tests kill, on a small account) exits normally with its loaded-class list, and a static archive is dumped from
 * that list. All of it is made once per build, under target/child-cds/, keyed by the class path and the class
 * folders' contents' times; test JVMs running side by side take turns through a file lock.
 */
record ChildJvmArchive(String classpath, Path archive) {
    static ChildJvmArchive forClasspath(List<String> entries) throws IOException, InterruptedException {
        Path folder = Path.of(entries.stream().filter(e -> Files.isDirectory(Path.of(e))).findFirst()
                .orElseThrow(() -> new IOException("no class folder on the class path"))).getParent().resolve("child-cds");
        Files.createDirectories(folder);
        String key = key(entries);
        Path home = folder.resolve(key);
        try (FileChannel lockFile = FileChannel.open(folder.resolve(key + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            Path archive = home.resolve("children.jsa");
            Path classpathFile = home.resolve("classpath");
            if (!Files.exists(archive)) {
                removeOlderBuilds(folder, key);
                build(entries, home, archive, classpathFile);
            }
            return new ChildJvmArchive(Files.readString(classpathFile), archive);
        }
    }

    private static void build(List<String> entries, Path home, Path archive, Path classpathFile)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        List<String> jarred = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Path entry = Path.of(entries.get(i));
            if (Files.isDirectory(entry)) {
                Path jar = home.resolve(i + "-" + entry.getFileName() + ".jar");
                jar(entry, jar);
                jarred.add(jar.toString());
            } else {
                jarred.add(entries.get(i));
            }
        }
        String classpath = String.join(File.pathSeparator, jarred);
        Path classList = home.resolve("classes.lst");
        Path data = Files.createTempDirectory(home, "training");
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(3).collectionSize(6).wantlistSize(2).folders(1)
                .rateLimit(100_000, Duration.ofSeconds(60)).start()) {
            List<String> training = new ArrayList<>(List.of(ChildJvm.java(), "-XX:DumpLoadedClassList=" + classList));
            training.addAll(ChildJvm.flags());
            training.addAll(List.of("-cp", classpath, KillableSync.class.getName(), data.toString(), fake.baseUrl(),
                    fake.token()));
            run(home.resolve("training.log"), training.toArray(String[]::new));
        }
        run(home.resolve("dump.log"), ChildJvm.java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + home.resolve("children.jsa.tmp"), "-XX:+UseSerialGC", "-cp", classpath);
        Files.writeString(classpathFile, classpath);
        Files.move(home.resolve("children.jsa.tmp"), archive); // last: its presence says the rest is there
    }

    /** An archive and its jars are ~45 MB: keep only this build's. */
    private static void removeOlderBuilds(Path folder, String key) throws IOException {
        try (Stream<Path> builds = Files.list(folder)) {
            for (Path old : (Iterable<Path>) builds.filter(p -> !p.getFileName().toString().startsWith(key))::iterator) {
                Folders.delete(old);
            }
        }
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + " of " + String.join(" ", command) + ": see " + log);
        }
    }

    /** Stored, not compressed: the jar is read, never shipped. Folder entries too, for getResource on a folder. */
    private static void jar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> paths = Files.walk(folder)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (Path p : (Iterable<Path>) paths.sorted()::iterator) {
                String name = folder.relativize(p).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean isFolder = Files.isDirectory(p);
                zip.putNextEntry(new ZipEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(p, zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** The class path, the JVM, and every class folder's files with their times: a rebuilt class makes a new key. */
    private static String key(List<String> entries) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.home") + System.getProperty("java.vm.version")
                    + String.join(File.pathSeparator, entries)).getBytes(StandardCharsets.UTF_8));
            for (String entry : entries) {
                Path folder = Path.of(entry);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.walk(folder)) {
                        for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                            digest.update((p + "@" + Files.getLastModifiedTime(p).toMillis() + "#" + Files.size(p))
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
