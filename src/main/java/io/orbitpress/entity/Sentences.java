package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The sentences of one block of text. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (and any closing quotes or brackets) followed by whitespace and an uppercase letter, a digit
 * or a quote, except after an abbreviation:
 * <ul>
 * <li>titles, months and the like ({@code Dr.}, {@code Gen.}, {@code Jan.}, {@code e.g.}) and
 * initials ({@code A. Berg}, {@code U.S.}, {@code J.R.R.}) never end one;</li>
 * <li>{@code a.m.} and {@code p.m.} end one only before a capitalized word that is not a time
 * zone ({@code EDT}), a day or a month ("at 9 a.m. Monday" goes on; "at 9 a.m. The crew" does
 * not);</li>
 * <li>{@code etc.}, {@code No.}, {@code p.} and {@code pp.} (and Russian {@code с.}, {@code рис.}) end one
 * before a capital letter but not before a number;</li>
 * <li>Russian titles and places ({@code проф.}, {@code им.}, {@code г.}, {@code ул.}) never end one, but
 * for {@code г.} after a number (a year).</li>
 * </ul>
 *
 * <p>A block can also be one sentence as a whole, whatever its full stops (a table row), and
 * have a lead-in that its first sentence is quoted after (a list item after "The crew:"); see
 * {@link #of(String, String, boolean)}.
 *
 * <p>Not safe for use by several threads at once: sentences are split and cleaned on demand.
 */
final class Sentences {
    /** Longest sentence shown; longer ones are cut on a word boundary around the mention. */
    static final int MAX_LENGTH = 400;

    /** Abbreviations after which a sentence never ends. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "U.S", "U.K", "vs", "e.g", "i.e", "Gen",
            "Col", "Lt", "Capt", "Sen", "Rep", "Gov", "Prof", "Inc", "Co", "Corp", "Ltd", "Mt", "Ft",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "approx", "Adm", "Maj", "Sgt", "Cmdr", "Fig", "Vol", "Nos", "al");
    /**
     * Russian abbreviations after which a sentence never ends, in lower case: titles, "named
     * after" and places ("проф. Кононенко", "ЦПК им. Гагарина", "г. Королёв", "ул. Пионерская");
     * {@code г} only when no number stands before it, as "в 1964 г." may close a sentence.
     */
    private static final Set<String> RUSSIAN = Set.of(
            "им", "проф", "акад", "доц", "ген", "полк", "св", "тов", "г", "ул", "пл", "просп", "пер",
            "наб", "пос", "обл", "см");
    /** Abbreviations that end a sentence before a capital letter, but not before a number. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("etc", "No", "p", "pp", "ch", "para", "с", "стр",
            "рис", "табл", "гл", "д", "т");
    /** Words after "a.m." or "p.m." that go on with the same sentence. */
    private static final Set<String> AFTER_TIMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun");
    private static final String CLOSERS = "\"')]\u2019\u201D\u00BB";
    private static final String OPENERS = "\"'(\u201C\u2018\u00AB[";

    /** Which ASCII characters are whitespace or space characters, looked up instead of asked. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_SPACE.length; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private final String text;
    /** Whether the text is one sentence, whatever its full stops. */
    private final boolean whole;
    /** Characters before the block's own text (a lead-in and a space); indexes are the block's. */
    private final int offset;
    /** The characters of the text, taken with the sentence starts. */
    private char[] chars;
    /** Where each sentence starts, found on first use: many blocks never need them. */
    private int[] starts;
    /** Cleaned sentences by index, kept for sentences short enough never to be capped. */
    private String[] cleaned;

    private Sentences(String text, boolean whole, int offset) {
        this.text = text;
        this.whole = whole;
        this.offset = offset;
    }

    static Sentences of(String text) {
        return new Sentences(text, false, 0);
    }

    /**
     * The sentences of {@code text} with {@code lead} (a list's lead-in, or "") before the first
     * one; with {@code whole}, {@code text} is one sentence (a table row).
     */
    static Sentences of(String lead, String text, boolean whole) {
        return lead.isEmpty() ? new Sentences(text, whole, 0)
                : new Sentences(lead + " " + text, whole, lead.length() + 1);
    }

    private int[] starts() {
        if (starts == null) {
            chars = text.toCharArray();
            starts = whole ? new int[] {0} : split(chars);
        }
        return starts;
    }

    private int[] split(char[] text) {
        int[] starts = new int[8];
        int count = 1;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            // the run of marks and closers from here, and the word after it: the same for every mark in
            // the run, so the run is looked at once (a run of a million dots is not a million runs)
            int j = i + 1;
            while (j < n && (CLOSERS.indexOf(text[j]) >= 0 || ".!?".indexOf(text[j]) >= 0)) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text[k])) {
                k++;
            }
            looked += k - i;
            char next = k == j || k >= n ? 0 : text[k];
            boolean opens = next != 0
                    && (Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0);
            boolean ends = false;
            for (int m = i; opens && m < j && !ends; m++) {
                char mark = text[m];
                ends = mark == '!' || mark == '?' || mark == '.' && !abbreviationBefore(text, m, k);
            }
            if (!ends) {
                i = j - 1;
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = k;
            i = k - 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Longer than any abbreviation or run of initials: a word this long ends its sentence. */
    private static final int LONGEST_WORD = 40;

    /**
     * Whether the word ending just before the period at {@code dot} is an abbreviation or initial
     * that does not end its sentence before the word at {@code next}.
     */
    private static boolean abbreviationBefore(char[] text, int dot, int next) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text[start - 1])) {
            start--;
            if (dot - start > LONGEST_WORD) {
                return false;
            }
        }
        while (start < dot && OPENERS.indexOf(text[start]) >= 0) {
            start++;
        }
        String word = new String(text, start, dot - start);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (ABBREVIATIONS.contains(word) || initials(word)) {
            return true;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (RUSSIAN.contains(lower)) {
            return !lower.equals("г") || !numberBefore(text, start);
        }
        if (BEFORE_NUMBERS.contains(word)) {
            return Character.isDigit(text[next]);
        }
        if (word.equals("a.m") || word.equals("p.m") || word.equals("A.M") || word.equals("P.M")) {
            String after = wordAt(text, next);
            return Character.isDigit(text[next]) || AFTER_TIMES.contains(after) || timeZone(after);
        }
        return false;
    }

    /** Whether the word before the one starting at {@code start} ends in a digit ("1964 г."). */
    private static boolean numberBefore(char[] text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text[i])) {
            i--;
        }
        return i >= 0 && i < start - 1 && Character.isDigit(text[i]);
    }

    /** Capital initials with full stops between them: "U.S", "D.C", "J.R.R". */
    private static boolean initials(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    /** The letters from {@code at} on. */
    private static String wordAt(char[] text, int at) {
        int end = at;
        while (end < text.length && Character.isLetter(text[end]) && end - at <= LONGEST_WORD) {
            end++;
        }
        return new String(text, at, end - at);
    }

    /** Two to five capital letters, as EDT, UTC, GMT or CEST. */
    private static boolean timeZone(String word) {
        if (word.length() < 2 || word.length() > 5) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Index ranges {@code [start, end)} of the sentences, in order. */
    List<int[]> ranges() {
        int[] starts = starts();
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < starts.length; s++) {
            ranges.add(new int[] {starts[s], s + 1 < starts.length ? starts[s + 1] : text.length()});
        }
        return ranges;
    }

    /**
     * The sentence holding the character at {@code index}, cleaned and capped around it. A
     * sentence no longer than {@link #MAX_LENGTH} is never capped, so it reads the same whatever
     * the index and is cleaned only once, however many mentions it holds; a longer one is also
     * cleaned once, with where each of its characters went, and only capped per mention.
     */
    String around(int index) {
        index += offset;
        int[] starts = starts();
        int s = Arrays.binarySearch(starts, index);
        s = s >= 0 ? s : Math.max(0, -s - 2);
        int start = starts[s];
        int end = s + 1 < starts.length ? starts[s + 1] : text.length();
        if (end - start > MAX_LENGTH) {
            if (longSentence == null || longIndex != s) {
                longSentence = Cleaned.of(chars, start, end);
                looked += end - start;
                longIndex = s;
                quotes = new java.util.HashMap<>();
            }
            // mentions close together are often quoted alike: one string for each quote made
            String quote = cap(longSentence.text(), longSentence.at(index - start));
            return quotes.computeIfAbsent(quote, q -> q);
        }
        if (cleaned == null) {
            cleaned = new String[starts.length];
        }
        if (cleaned[s] == null) {
            Cleaned c = Cleaned.of(chars, start, end);
            looked += end - start;
            cleaned[s] = cap(c.text(), c.at(index - start));
        }
        return cleaned[s];
    }

    /** Characters looked at to split and clean: the work done, which tests bound. */
    private long looked;

    long looked() {
        return looked;
    }

    /** The last long sentence cleaned, and its index: mentions come in order, so one is enough. */
    private Cleaned longSentence;
    private int longIndex = -1;
    /** The quotes made from {@link #longSentence}, each kept once. */
    private java.util.Map<String, String> quotes;

    /** Drops separators, collapses whitespace and caps the length around {@code focus}. */
    static String clean(String raw, int focus) {
        Cleaned c = Cleaned.of(raw.toCharArray(), 0, raw.length());
        return cap(c.text(), c.at(focus));
    }

    /**
     * A sentence with separators dropped, whitespace collapsed and its ends stripped, and for each
     * character of the original, where it went.
     *
     * @param positions per original character, its index in {@code text} before stripping
     * @param stripped  characters stripped from the front
     */
    private record Cleaned(String text, int[] positions, int stripped) {

        static Cleaned of(char[] text, int start, int end) {
            char[] out = new char[end - start];
            int[] positions = new int[end - start];
            int size = 0;
            for (int i = start; i < end; i++) {
                char c = text[i];
                positions[i - start] = size;
                if (c == BlockText.SEPARATOR) {
                    continue;
                }
                if (c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (size > 0 && out[size - 1] != ' ') {
                        out[size++] = ' ';
                    }
                } else {
                    out[size++] = c;
                }
            }
            // As String.strip() does: the ends lose what Character.isWhitespace calls whitespace.
            int from = 0;
            while (from < size && Character.isWhitespace(out[from])) {
                from++;
            }
            int to = size;
            while (to > from && Character.isWhitespace(out[to - 1])) {
                to--;
            }
            return new Cleaned(new String(out, from, to - from), positions, from);
        }

        /** Where the character at {@code i} of the original (counted from its start) is in {@link #text}. */
        int at(int i) {
            return i < 0 || i >= positions.length ? 0 : Math.max(0, positions[i] - stripped);
        }
    }

    private static String cap(String sentence, int focus) {
        if (sentence.length() <= MAX_LENGTH) {
            return opened(sentence);
        }
        int from = Math.max(0, Math.min(focus - MAX_LENGTH / 4, sentence.length() - MAX_LENGTH));
        int to = from + MAX_LENGTH;
        if (from > 0) {
            // the first space from here, looked for up to the focus only
            int space = from;
            while (space < focus && sentence.charAt(space) != ' ') {
                space++;
            }
            from = space >= focus ? from : space + 1;
        }
        if (to < sentence.length()) {
            // the last space up to here, looked for down to the start only
            int space = to;
            while (space > from && sentence.charAt(space) != ' ') {
                space--;
            }
            to = space <= from ? to : space;
        }
        return opened((from > 0 ? "\u2026" : "") + sentence.substring(from, to).strip()
                + (to < sentence.length() ? "\u2026" : ""));
    }

    /**
     * {@code sentence} with the quotation mark that opened it when it starts inside a quotation
     * ("I trust him. Victor Glover is the best pilot I know,” a trainer said.": its second
     * sentence closes a mark it never opened): a closing ” or » before any opening one.
     */
    static String opened(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\u201C' || c == '\u00AB') {
                return sentence;
            }
            if (c == '\u201D') {
                return "\u201C" + sentence;
            }
            if (c == '\u00BB') {
                return "\u00AB" + sentence;
            }
        }
        return sentence;
    }
}
