package app.spindle.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        URL url = Migrations.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + " on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.getPath(FOLDER));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list migrations: " + e.getMessage(), e);
        }
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
