package app.spindle.dump;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers the first read failure of the stream below. The JDK's XML parser reports a gzip stream
 * that breaks off as a plain "premature end of file"; this keeps the real reason for the message.
 */
final class WatchedInput extends FilterInputStream {
    private volatile IOException failure;

    WatchedInput(InputStream in) {
        super(in);
    }

    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }
}
