package app.spindle.dump;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of one dump file, one at a time: the caller looks at each record's id and
 * either reads it ({@link #cursor()}) or skips it. Memory stays at one record whatever the file's
 * size. Every failure becomes a {@link DumpException} that names the record it happened in.
 */
public final class DumpReader implements AutoCloseable {
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XmlCursor cursor;
    private final DumpKind kind;
    private final String fileName;
    private boolean atRecord;
    private long lastId;

    public DumpReader(DumpFile file, ByteCounter counter) {
        this(file.open(counter), file.kind(), file.path().getFileName().toString());
    }

    DumpReader(InputStream in, DumpKind kind, String fileName) {
        this.in = in;
        this.kind = kind;
        this.fileName = fileName;
        // Woodstox, built here and nowhere else: twice the JDK parser's rate on dumps, while every
        // XMLInputFactory.newFactory() caller keeps the JDK's parser (the jar drops Woodstox's service file).
        WstxInputFactory factory = new WstxInputFactory();
        factory.configureForSpeed();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        try {
            this.xml = factory.createXMLStreamReader(in, "UTF-8");
            this.cursor = new XmlCursor(xml);
            toRoot();
        } catch (XMLStreamException e) {
            close();
            throw failure(e);
        } catch (DumpException e) {
            close();
            throw e;
        }
    }

    private void toRoot() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                String root = xml.getLocalName();
                if (!root.equals(kind.root())) {
                    throw new DumpException(DumpException.Problem.WRONG_KIND, fileName + " holds <" + root
                            + ">, not the <" + kind.root() + "> of a " + kind.root() + " dump");
                }
                return;
            }
        }
        throw new DumpException(DumpException.Problem.TRUNCATED, fileName + " is empty");
    }

    /** Moves to the next record; false after the last one (the file then ended properly). */
    public boolean next() {
        try {
            if (atRecord) {
                cursor.skip();
            }
            while (cursor.nextChild()) {
                if (cursor.name().equals(kind.record())) {
                    atRecord = true;
                    return true;
                }
                cursor.skip();
            }
            atRecord = false;
            while (xml.hasNext()) {
                xml.next();
            }
            return false;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** The current record's {@code id} attribute (releases and masters carry one), or 0. */
    public long attributeId() {
        String id = cursor.attr("id");
        try {
            lastId = id == null ? 0 : Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new DumpException(DumpException.Problem.MALFORMED, fileName + ": a " + kind.record()
                    + " has the id \"" + id + "\"" + after());
        }
        return lastId;
    }

    /** Reads the current {@code <release>} into the API's model. */
    public DumpRelease release() {
        return read(ReleaseXml::read);
    }

    /** Reads the current record with {@code read}; the reader then stands after it. */
    <T> T read(RecordReader<T> read) {
        try {
            T value = read.read(cursor);
            atRecord = false;
            return value;
        } catch (XMLStreamException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            if (e instanceof DumpException) {
                throw e;
            }
            throw new DumpException(DumpException.Problem.MALFORMED, fileName + ": cannot read a " + kind.record()
                    + after() + ": " + e.getMessage(), e);
        }
    }

    /** Reads one record from the cursor standing on its start tag, leaving it on its end tag. */
    @FunctionalInterface
    interface RecordReader<T> {
        T read(XmlCursor cursor) throws XMLStreamException;
    }

    private DumpException failure(XMLStreamException e) {
        Throwable cause = in instanceof WatchedInput w && w.failure() != null ? w.failure()
                : e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof EOFException) {
            return new DumpException(DumpException.Problem.TRUNCATED, fileName
                    + " ends in the middle (truncated gzip stream" + after() + "): download it again", e);
        }
        if (cause instanceof ZipException) {
            return new DumpException(DumpException.Problem.TRUNCATED, fileName + " is damaged (" + cause.getMessage()
                    + after() + "): download it again", e);
        }
        if (cause instanceof IOException) {
            return new DumpException(DumpException.Problem.UNREADABLE, "cannot read " + fileName + ": "
                    + cause.getMessage(), e);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
        if (e instanceof WstxEOFException || String.valueOf(e.getMessage()).contains("ends inside")) {
            return new DumpException(DumpException.Problem.TRUNCATED, fileName + " ends before its last "
                    + kind.record() + " is complete" + after() + ": the file is truncated", e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)\\s*at \\[row,col.*$", "");
        return new DumpException(DumpException.Problem.MALFORMED, fileName + " is not well-formed XML" + where
                + after() + ": " + message, e);
    }

    private String after() {
        return lastId > 0 ? ", in or after " + kind.record() + " " + lastId : "";
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // closing after a failure: the stream below is closed next
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
