package io.orbitpress.publish;

import io.orbitpress.diag.Diagnostic;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output paths of one staging folder and the files they come from, for the message when two
 * of them cannot both be written: a file where another needs a folder ({@code tags} from
 * content/static beside the page {@code tags/index.html}; an alias {@code /feed.xml/} beside the
 * feed). A path is claimed before it is written, so when a write fails the other side of a clash
 * is already here, whichever of the two came first.
 *
 * <p>Which side a message blames and what it says are shared with the check that finds such
 * clashes before anything is written ({@link #blamesOther}, {@link #text}).
 */
public final class Claims {

    private final Map<String, String> sources = new ConcurrentHashMap<>();

    /** Records that {@code f} is about to be written. */
    void claim(String path, String source) {
        sources.putIfAbsent(path, source);
    }

    /**
     * The message for a write of {@code path} that failed, when another claimed path explains it:
     * one of them a folder the other needs as a file, or both the same path.
     */
    Optional<Diagnostic> clash(String path, String source) {
        String other = null;
        String owner = sources.get(path);
        if (owner != null && !owner.equals(source)) {
            other = path;
        }
        for (int slash = path.indexOf('/'); other == null && slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (sources.containsKey(path.substring(0, slash))) {
                other = path.substring(0, slash);
            }
        }
        if (other == null) {
            // the page of the folder when there is one, else the first file in it by name
            String folder = path + "/";
            other = sources.containsKey(folder + "index.html") ? folder + "index.html"
                    : sources.keySet().stream().filter(p -> p.startsWith(folder)).sorted().findFirst().orElse(null);
        }
        if (other == null) {
            return Optional.empty();
        }
        return Optional.of(message(path, source, other, sources.get(other)));
    }

    private static Diagnostic message(String path, String source, String otherPath, String otherSource) {
        if (blamesOther(path, source, otherPath, otherSource)) {
            return message(otherPath, otherSource, path, source);
        }
        return Diagnostic.error(source, 0, 0, text(path, otherPath, otherSource));
    }

    /**
     * Whether a clash between {@code path} written from {@code source} and {@code otherPath}
     * written from {@code otherSource} is told at the other one. It blames a file people wrote
     * rather than a generated page (the theme is not theirs to rename), and of two such files the
     * first by name, so that the message does not depend on which of two parallel writes failed.
     */
    public static boolean blamesOther(String path, String source, String otherPath, String otherSource) {
        return generated(source) != generated(otherSource) ? generated(source)
                : (source + path).compareTo(otherSource + otherPath) > 0;
    }

    /**
     * The message told at the file that writes {@code path}, which clashes with {@code otherPath}
     * written from {@code otherSource}.
     */
    public static String text(String path, String otherPath, String otherSource) {
        String shared = path.length() <= otherPath.length() ? path : otherPath;
        String what = path.equals(otherPath)
                ? "both write /" + path + "; "
                : "/" + shared + " would have to be a file and a folder at once; ";
        return "this writes /" + path + " and " + describe(otherSource) + " writes /" + otherPath + ": " + what
                + "rename this file, or change the url or alias that leads there";
    }

    private static boolean generated(String source) {
        return source.isEmpty() || source.startsWith("templates/") && !source.startsWith("templates/assets/");
    }

    private static String describe(String source) {
        return source.isEmpty() ? "Orbitpress" : source;
    }
}
