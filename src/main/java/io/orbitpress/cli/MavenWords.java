package io.orbitpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the command line says, as a user of the Maven plugin acts on it: its commands as the goals
 * ({@code orbitpress schedule} as {@code mvn orbitpress:schedule}, {@code orbitpress new person "X"}
 * as {@code mvn orbitpress:new -Dperson="X"}) and its options as the goals' parameters
 * ({@code --strict} as {@code -Dorbitpress.strict=true}). A site made for Maven has no
 * {@code orbitpress} command to run.
 */
public final class MavenWords {

    /** Set to {@code 1} in the environment of a JVM the Maven plugin starts: its output names the goals. */
    public static final String ENV = "ORBITPRESS_MAVEN_GOALS";

    private MavenWords() {
    }

    /** The commands, as the goals that run them: pattern, replacement. */
    private static final String[][] COMMANDS = {
        {"orbitpress new (person|mission|organization) (\"[^\"\\n]*\")", "mvn orbitpress:new -D$1=$2"},
        {"orbitpress new article (\"[^\"\\n]*\")", "mvn orbitpress:new -Darticle=$1"},
        {"orbitpress theme eject ([\\w./-]+\\.\\w+)", "mvn orbitpress:eject -Dorbitpress.files=$1"},
        {"orbitpress theme eject(?![\\w:-])", "mvn orbitpress:eject"},
        {"orbitpress theme list(?![\\w:-])", "mvn orbitpress:theme"},
        // not the name a message starts with ("orbitpress serve: --port must be ...")
        {"orbitpress (schedule|entities|check|serve)(?![\\w:-])", "mvn orbitpress:$1"}};

    /** The command line's options, as the goals' parameters: option, property, whether a switch. */
    private static final String[][] OPTIONS = {{"--source", "orbitpress.source", ""}, {"--out", "orbitpress.out", ""},
        {"--base-url", "orbitpress.baseUrl", ""}, {"--cache", "orbitpress.cache", ""}, {"--port", "orbitpress.port", ""},
        {"--host", "orbitpress.host", ""}, {"--translation-of", "translationOf", ""}, {"--lang", "lang", ""},
        {"--date", "date", ""}, {"--strict", "orbitpress.strict", "true"}, {"--force", "orbitpress.force", "true"},
        {"--all", "orbitpress.all", "true"}, {"--drafts", "orbitpress.drafts", "true"},
        {"--no-drafts", "orbitpress.noDrafts", "true"}, {"--no-future", "orbitpress.noFuture", "true"},
        {"--no-cache", "orbitpress.noCache", "true"},
        {"--suggest", "orbitpress.suggest", "true"}, {"--future", "orbitpress.future", "true"},
        {"--expired", "orbitpress.expired", "true"}, {"--now", "orbitpress.now", ""}};

    /** A rewording: what it finds, and what it writes instead (with the groups it found). */
    private record Rule(Pattern find, String replacement) {
    }

    /** {@link #COMMANDS} and {@link #OPTIONS} as the rules {@link #say} applies, in order, compiled once. */
    private static final java.util.List<Rule> RULES = rules();

    private static java.util.List<Rule> rules() {
        java.util.List<Rule> out = new java.util.ArrayList<>();
        for (String[] c : COMMANDS) {
            out.add(new Rule(Pattern.compile("(?<![\\w:./-])" + c[0]), c[1]));
        }
        for (String[] o : OPTIONS) {
            String option = "(?<![\\w-])" + Pattern.quote(o[0]) + "(?![\\w-])";
            if (o[2].isEmpty()) {
                // "--source DIR" as a property is written "-Dorbitpress.source=DIR"
                out.add(new Rule(Pattern.compile(option + " ([A-Z][A-Z-]+)(?![\\w-])"),
                        Matcher.quoteReplacement("-D" + o[1] + "=") + "$1"));
            }
            out.add(new Rule(Pattern.compile(option),
                    Matcher.quoteReplacement("-D" + o[1] + (o[2].isEmpty() ? "" : "=" + o[2]))));
        }
        return java.util.List.copyOf(out);
    }

    /** {@code text} with the commands and options it names as the goals and their parameters. */
    public static String say(String text) {
        String out = text;
        for (Rule r : RULES) {
            out = r.find().matcher(out).replaceAll(r.replacement());
        }
        return out;
    }

    /**
     * A writer into {@code to} that says each whole line as {@link #say} does; closing it writes a
     * last line without its line break and leaves {@code to} open.
     */
    public static PrintWriter writer(OutputStream to) {
        return new PrintWriter(new Lines(to), true, StandardCharsets.UTF_8);
    }

    /** Bytes held until their line ends, then written said as the goals name things. */
    private static final class Lines extends OutputStream {
        private final OutputStream to;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        Lines(OutputStream to) {
            this.to = to;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                to.write(say(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                line.reset();
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            to.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            if (line.size() > 0) {
                to.write(say(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                line.reset();
            }
            to.flush();
        }
    }
}
