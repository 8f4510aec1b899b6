package app.corroborate.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so that text from a source can never drive the
 * terminal: control characters (ESC and the other C0 and C1 controls, DEL, a carriage return) are written as
 * {@code \\uXXXX}. Bidirectional controls are legitimate in right-to-left text and pass (the extract report warns
 * of them; comparison ignores them).
 *
 * <p>Guarantees: line feeds and tabs pass unchanged (and a carriage return where the platform's line separator
 * uses one); every other character outside those printed literally is escaped, so readable reports show it and
 * JSON keeps exactly the same value ({@code \\uXXXX} is JSON's own escape, and the JSON writer already escapes
 * the C0 controls). Linear time.
 */
final class TerminalSafeWriter extends FilterWriter {

    private static final boolean CRLF = System.lineSeparator().equals("\r\n");

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** True for a character that must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && !(c == '\r' && CRLF);
        }
        return c >= 0x7F && c <= 0x9F;
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (unsafe(cbuf[i])) {
                out.write(cbuf, from, i - from);
                out.write(String.format("\\u%04x", (int) cbuf[i]));
                from = i + 1;
            }
        }
        out.write(cbuf, from, off + len - from);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
