package io.orbitpress.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe collector of the problems found during one build. Every step adds what it
 * finds and goes on, so that a person sees all problems at once; the build stops between
 * steps when errors were found. Every problem is kept, whatever its severity and however many
 * came before it: only printing is capped (see {@link Report}).
 */
public final class Diagnostics {

    /** How many diagnostics are printed unless every one is asked for; all of them are kept. */
    public static final int CAP = 50;

    private final List<Diagnostic> kept = new ArrayList<>();
    private final java.util.Set<Diagnostic> seen = new java.util.HashSet<>();
    private int errors;
    private int warnings;
    /** How many of the errors do not stop the steps that follow ({@link #carryErrors}). */
    private int carried;

    public synchronized void add(Diagnostic d) {
        if (!seen.add(d)) {
            return; // the same problem found again (a registry file's, once per language): told once
        }
        if (d.isError()) {
            errors++;
        } else {
            warnings++;
        }
        kept.add(d);
    }

    public void error(String path, int line, int column, String message) {
        add(Diagnostic.error(path, line, column, message));
    }

    public void warning(String path, int line, int column, String message) {
        add(Diagnostic.warning(path, line, column, message));
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized int warningCount() {
        return warnings;
    }

    /** How many errors would stop the steps that follow: those not carried ({@link #carry}, {@link #carryErrors}). */
    public synchronized int stoppingErrors() {
        return errors - carried;
    }

    /** Everything collected so far, errors first, each group in file order. */
    public synchronized List<Diagnostic> list() {
        List<Diagnostic> sorted = new ArrayList<>(kept);
        sorted.sort((a, b) -> a.severity() != b.severity()
                ? a.severity().compareTo(b.severity())
                : Diagnostic.ORDER.compare(a, b));
        return List.copyOf(sorted);
    }

    /**
     * Throws a {@link BuildFailure} carrying every diagnostic when any error was collected since
     * the errors were last carried ({@link #carryErrors}).
     */
    public void throwIfErrors() {
        boolean stop;
        synchronized (this) {
            stop = errors > carried;
        }
        if (stop) {
            throw new BuildFailure(list());
        }
    }

    /**
     * Lets the steps that follow run in spite of the errors collected so far, so that what they
     * find is told with them: {@link #throwIfErrors} stops only on errors found after this, and
     * {@link #throwIfAnyErrors} on these too.
     */
    public synchronized void carryErrors() {
        carried = errors;
    }

    /**
     * Adds {@code ds} as problems that do not stop the steps that follow (as {@link #carryErrors}
     * lets the errors so far not stop them): {@link #throwIfAnyErrors} stops on them.
     */
    public synchronized void carry(List<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            boolean counted = d.isError() && !seen.contains(d);
            add(d);
            if (counted) {
                carried++;
            }
        }
    }

    /** Throws a {@link BuildFailure} carrying every diagnostic when any error was collected, carried or not. */
    public void throwIfAnyErrors() {
        if (hasErrors()) {
            throw new BuildFailure(list());
        }
    }
}
