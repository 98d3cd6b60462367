package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served jar lists its migrations from the jar's own directory, as the class folder does on disk. */
class MigrationsInJarTest {
    @TempDir
    Path dir;

    @Test
    void a_jar_gives_its_numbered_files_in_order_and_nothing_else() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/migration/")); // as Maven's jar writes its folders
            out.closeEntry();
            for (Map.Entry<String, String> e : Map.of(
                    "db/migration/010_later.sql", "CREATE TABLE b (x);",
                    "db/migration/002_first.sql", "CREATE TABLE a (x);",
                    "db/migration/README.md", "not a migration",
                    "db/migration/old/001_moved.sql", "CREATE TABLE old (x);",
                    "other/003_elsewhere.sql", "CREATE TABLE c (x);").entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Migration> found = Migrations.on(classPath);
            assertEquals(List.of(2, 10), found.stream().map(Migration::version).toList());
            assertEquals(List.of("first", "later"), found.stream().map(Migration::name).toList());
            assertEquals("CREATE TABLE b (x);", found.get(1).sql());
        }
    }

    @Test
    void the_jar_and_the_class_folder_list_the_same_migrations() throws Exception {
        Path jar = dir.resolve("real.jar");
        Path classes = Path.of(Migrations.class.getClassLoader().getResource("db/migration").toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.list(classes)) {
            out.putNextEntry(new JarEntry("db/migration/"));
            out.closeEntry();
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new JarEntry("db/migration/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(Migrations.all(), Migrations.on(classPath));
        }
    }
}
