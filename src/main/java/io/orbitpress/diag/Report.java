package io.orbitpress.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a person reads about a build's problems: errors first, then warnings, each group in
 * file order; at most {@link Diagnostics#CAP} of them unless all are asked for, then how many more
 * there are; and always, last, the counts ("2 errors, 212 warnings"). What is kept is never cut:
 * only what is printed.
 */
public final class Report {

    private Report() {
    }

    /**
     * @param diagnostics every problem found
     * @param all         print every one instead of the first {@link Diagnostics#CAP}
     * @param outcome     what the counts line adds after a semicolon ("nothing was written"), or ""
     * @return nothing when there is no problem; else the diagnostics, then the counts line
     */
    public static List<String> lines(List<Diagnostic> diagnostics, boolean all, String outcome) {
        if (diagnostics.isEmpty()) {
            return List.of();
        }
        List<Diagnostic> ordered = new ArrayList<>(diagnostics);
        ordered.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                : Diagnostic.ORDER.compare(a, b));
        int errors = (int) ordered.stream().filter(Diagnostic::isError).count();
        int warnings = ordered.size() - errors;
        int shown = all ? ordered.size() : Math.min(ordered.size(), Diagnostics.CAP);
        List<String> out = new ArrayList<>(shown + 2);
        for (int i = 0; i < shown; i++) {
            out.add(ordered.get(i).format());
        }
        if (shown < ordered.size()) {
            int moreErrors = (int) ordered.subList(shown, ordered.size()).stream().filter(Diagnostic::isError).count();
            int moreWarnings = ordered.size() - shown - moreErrors;
            out.add("... and " + (ordered.size() - shown) + " more (" + counts(moreErrors, moreWarnings)
                    + "); --all prints every one");
        }
        out.add(counts(errors, warnings) + (outcome.isEmpty() ? "" : "; " + outcome));
        return out;
    }

    /** "1 error, 0 warnings", "3 errors, 212 warnings". */
    public static String counts(int errors, int warnings) {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
