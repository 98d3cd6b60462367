package app.spindle.dump;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a StAX reader element by element. Whatever an element holds that the caller does not ask
 * for (unknown children, stray text) is skipped, so a dump that grew new elements still reads.
 * Everything the caller reads (element names, attribute values, texts) also goes into a running 64-bit
 * digest: two records with the same digest gave the importer the same release.
 */
final class XmlCursor {
    private final XMLStreamReader xml;
    private final StringBuilder text = new StringBuilder(256);
    private long digest;

    XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The current element's local name. */
    String name() {
        return xml.getLocalName();
    }

    String attr(String name) {
        return digested(xml.getAttributeValue(null, name));
    }

    /** Starts a new digest: at the start of a record. */
    void resetDigest() {
        digest = 0xcbf29ce484222325L;
    }

    /** The digest of what was read since {@link #resetDigest()}. */
    long digest() {
        return digest;
    }

    /** FNV-1a over the characters, with a separator so that ("ab", "c") and ("a", "bc") differ. */
    private String digested(String value) {
        long h = digest;
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                h = (h ^ value.charAt(i)) * 0x100000001b3L;
            }
        }
        digest = (h ^ (value == null ? 0xfffe : 0xffff)) * 0x100000001b3L;
        return value;
    }

    /**
     * Moves to the next child element of the element the cursor is in; false (and the cursor on
     * the parent's end tag) when there is none.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                digested(xml.getLocalName());
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                digested(null);
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an element");
            }
        }
    }

    /** The text of the current element (nested elements skipped); the cursor ends on its end tag. */
    String text() throws XMLStreamException {
        text.setLength(0);
        int depth = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 0) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return digested(text.toString());
                    }
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ends inside an element");
                default -> {
                }
            }
        }
    }

    /** Skips the current element with everything in it; the cursor ends on its end tag. */
    void skip() throws XMLStreamException {
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an element");
            }
        }
    }
}
