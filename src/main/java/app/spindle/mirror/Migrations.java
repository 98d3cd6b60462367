package app.spindle.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the numbered {@code .sql} files under {@code db/migration/}, in a jar or on disk. */
public final class Migrations {
    private static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("(\\d+)_([\\w-]+)\\.sql");

    private Migrations() {
    }

    public static List<Migration> all() {
        return on(Migrations.class.getClassLoader());
    }

    static List<Migration> on(ClassLoader classPath) {
        URL url = classPath.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + " on the classpath");
        }
        try {
            URI uri = url.toURI();
            List<Migration> found = uri.getScheme().equals("jar") ? readJar(uri) : read(Path.of(uri));
            return ordered(found);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list migrations: " + e.getMessage(), e);
        }
    }

    /**
     * Lists the jar's entries through {@link JarFile}, which shares the directory the class loader has already read;
     * mounting the jar as a zip file system read its 10,000 entries again (~60 ms of CPU at every start).
     */
    private static List<Migration> readJar(URI uri) throws IOException {
        String spec = uri.getRawSchemeSpecificPart();
        Path jarPath = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        List<Migration> found = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                String name = entry.getName();
                if (!name.startsWith(FOLDER + "/") || name.indexOf('/', FOLDER.length() + 1) >= 0) {
                    continue;
                }
                Matcher m = NAME.matcher(name.substring(FOLDER.length() + 1));
                if (m.matches()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        found.add(new Migration(Integer.parseInt(m.group(1)), m.group(2),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return found;
    }

    private static List<Migration> read(Path folder) throws IOException {
        List<Migration> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), load(p)));
                }
            }
        }
        return found;
    }

    private static List<Migration> ordered(List<Migration> found) {
        found.sort(Comparator.comparingInt(Migration::version));
        // Numbers are handed out to work done in parallel, so there may be gaps; never twice the same.
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).version() < 1 || (i > 0 && found.get(i).version() == found.get(i - 1).version())) {
                throw new IllegalStateException("migrations must be numbered from 1 up, each number once; found "
                        + found.get(i).version() + " at position " + (i + 1));
            }
        }
        return found;
    }

    private static String load(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
