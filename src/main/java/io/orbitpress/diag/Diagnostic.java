package io.orbitpress.diag;

import java.util.Comparator;

/**
 * One problem a person can fix, located in a file they wrote.
 *
 * @param path     the file, relative to the site folder with forward slashes ("content/articles/x.md")
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when unknown
 * @param severity error or warning
 * @param message  a sentence that says what is wrong and what to do
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.WARNING, message);
    }

    /**
     * A diagnostic at character {@code offset} of {@code text}, the text of the file at {@code path}:
     * at its line and column, each from 1.
     */
    public static Diagnostic at(String path, String text, int offset, Severity severity, String message) {
        return new Diagnostic(path, lineOf(text, offset), offset - text.lastIndexOf('\n', offset - 1), severity, message);
    }

    /** The line, from 1, of character {@code offset} of {@code text}. */
    public static int lineOf(String text, int offset) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style: {@code content/articles/x.md:4:7: error: expected a date like 2025-07-30}. */
    public String format() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
