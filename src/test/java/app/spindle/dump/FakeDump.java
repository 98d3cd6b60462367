package app.spindle.dump;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A releases dump of FakeDiscogs' catalogue: each release document the fake serves at
 * {@code /releases/{id}}, written as the monthly dump writes it, in id order.
 */
final class FakeDump {
    private FakeDump() {
    }

    static Path write(FakeDiscogs fake, Collection<Long> releaseIds, Path dir, LocalDate date)
            throws IOException, InterruptedException {
        Path file = dir.resolve("discogs_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "_releases.xml.gz");
        HttpClient http = HttpClient.newHttpClient();
        DiscogsModels models = new DiscogsModels();
        List<Long> ids = releaseIds.stream().sorted().toList();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            ReleaseXmlWriter xml = new ReleaseXmlWriter(out);
            xml.begin();
            for (long id : ids) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/releases/" + id))
                        .header("User-Agent", ApiSettings.defaultUserAgent())
                        .header("Authorization", "Discogs token=" + fake.token()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("the fake answered " + r.statusCode() + " for release " + id);
                }
                xml.write(models.release(r.body()), false);
            }
            xml.end();
        }
        return file;
    }
}
