package app.spindle.dump;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a StAX reader element by element. Whatever an element holds that the caller does not ask
 * for (unknown children, stray text) is skipped, so a dump that grew new elements still reads.
 */
final class XmlCursor {
    private final XMLStreamReader xml;
    private final StringBuilder text = new StringBuilder(256);

    XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The current element's local name. */
    String name() {
        return xml.getLocalName();
    }

    String attr(String name) {
        return xml.getAttributeValue(null, name);
    }

    /**
     * Moves to the next child element of the element the cursor is in; false (and the cursor on
     * the parent's end tag) when there is none.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
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
                        return text.toString();
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
