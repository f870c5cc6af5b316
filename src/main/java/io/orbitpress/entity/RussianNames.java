package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a Russian name takes in the six grammatical cases, by the declension rules for
 * names: "Олег Платонов" is also "Олега Платонова", "Олегу Платонову", "Олегом Платоновым",
 * "Олеге Платонове"; "Зена Кардман" is "Зены Кардман", "Зеной Кардман" (a woman's surname ending
 * in a consonant does not change). Words that do not decline stay as they are: abbreviations
 * ("НАСА", "МС-27"), Latin words, and names ending in -о, -е, -и, -у, -ю, -ы, -э; a word with a
 * number after a hyphen declines the word ("Восток-1": "Востока-1").
 *
 * <p>Made forms that Russian would not use cost nothing: they are only looked for.
 */
public final class RussianNames {

    private RussianNames() {
    }

    /** The case forms of a person's or a thing's name, the name itself first; just the name when it has no Cyrillic. */
    public static List<String> forms(String name, boolean person) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String[] words = name.trim().split("\\s+");
        if (words.length == 0 || !cyrillic(name)) {
            return List.copyOf(out);
        }
        boolean feminine = person && words.length >= 1 && feminineFirstName(words[0]);
        if (!person && words.length > 1 && adjective(words[0])) {
            // a thing named by adjectives and a noun: Международная космическая станция, Европейское ... агентство
            for (int c = 0; c < 5; c++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < words.length; i++) {
                    sb.append(i > 0 ? " " : "").append(phraseWord(words[i], c));
                }
                out.add(sb.toString());
            }
            return List.copyOf(out);
        }
        // per case (genitive, dative, accusative, instrumental, prepositional), the forms of each word
        for (int c = 0; c < 5; c++) {
            List<List<String>> perWord = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                // a thing's name of several words declines its first word (Союз МС-27, Роскосмос)
                boolean declines = person || i == 0;
                perWord.add(declines ? word(words[i], c, person, feminine, i == words.length - 1 && words.length > 1)
                        : List.of(words[i]));
            }
            combine(perWord, 0, new StringBuilder(), out);
        }
        return List.copyOf(out);
    }

    /**
     * An entity as the matcher looks for it in Russian text: its name and aliases in every case,
     * and, for a person, the surname alone in every case.
     */
    public static EntityName entityName(String kind, String id, String name, List<String> aliases, boolean person) {
        Set<String> all = new LinkedHashSet<>();
        for (String alias : aliases) {
            all.addAll(forms(alias, person));
        }
        all.addAll(forms(name, person));
        all.remove(name);
        return new EntityName(kind, id, name, List.copyOf(all), person, person ? surnameForms(name) : List.of());
    }

    /** The case forms of the last word of a person's name: what the surname alone is, in each case. */
    public static List<String> surnameForms(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2 || !cyrillic(name)) {
            return List.of();
        }
        boolean feminine = feminineFirstName(words[0]);
        Set<String> out = new LinkedHashSet<>();
        for (int c = 0; c < 5; c++) {
            out.addAll(word(words[words.length - 1], c, true, feminine, true));
        }
        out.remove(words[words.length - 1]);
        return List.copyOf(out);
    }

    private static void combine(List<List<String>> perWord, int i, StringBuilder sb, Set<String> out) {
        if (i == perWord.size()) {
            out.add(sb.toString());
            return;
        }
        int mark = sb.length();
        for (String w : perWord.get(i)) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(w);
            combine(perWord, i + 1, sb, out);
            sb.setLength(mark);
        }
    }

    private static final String HARD_HUSHING = "гкхжшчщ";

    private static boolean adjective(String w) {
        return w.length() > 3 && cyrillic(w) && (w.endsWith("ая") || w.endsWith("яя") || w.endsWith("ое") || w.endsWith("ее")
                || w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой"));
    }

    /** One word of a thing's name of adjectives and a noun, in case {@code c}; a word it does not know stays. */
    private static String phraseWord(String w, int c) {
        if (w.length() < 3 || !cyrillic(w) || w.chars().anyMatch(Character::isDigit)
                || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return w;
        }
        String stem2 = w.substring(0, w.length() - 2);
        char before = w.length() > 2 ? w.charAt(w.length() - 3) : ' ';
        boolean hard = HARD_HUSHING.indexOf(before) >= 0;
        if (adjective(w)) {
            String end = w.substring(w.length() - 2);
            String[] cases = switch (end) {
                case "ая" -> new String[] {"ой", "ой", "ую", "ой", "ой"};
                case "яя" -> new String[] {"ей", "ей", "юю", "ей", "ей"};
                case "ое" -> new String[] {"ого", "ому", "ое", hard ? "им" : "ым", "ом"};
                case "ее" -> new String[] {"его", "ему", "ее", "им", "ем"};
                case "ый" -> new String[] {"ого", "ому", "ый", "ым", "ом"};
                case "ой" -> new String[] {"ого", "ому", "ой", hard ? "им" : "ым", "ом"};
                default -> hard ? new String[] {"ого", "ому", "ий", "им", "ом"}
                        : new String[] {"его", "ему", "ий", "им", "ем"};
            };
            return stem2 + cases[c];
        }
        String stem1 = w.substring(0, w.length() - 1);
        char last = w.charAt(w.length() - 1);
        char prev = w.charAt(w.length() - 2);
        if (w.endsWith("ия")) {
            return stem1 + new String[] {"и", "и", "ю", "ей", "и"}[c];
        }
        if (last == 'а') {
            return stem1 + new String[] {HARD_HUSHING.indexOf(prev) >= 0 ? "и" : "ы", "е", "у", "ой", "е"}[c];
        }
        if (last == 'я') {
            return stem1 + new String[] {"и", "е", "ю", "ей", "е"}[c];
        }
        if (last == 'о') {
            return stem1 + new String[] {"а", "у", "о", "ом", "е"}[c];
        }
        if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) {
            return w + new String[] {"а", "у", "", "ом", "е"}[c];
        }
        return w;
    }

    private static boolean cyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean feminineFirstName(String w) {
        return w.endsWith("а") || w.endsWith("я");
    }

    /** A Cyrillic word, a hyphen and a number: {@code Восток-1}. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(\\p{IsCyrillic}{2,})(-\\d+)");

    /**
     * The forms of one word in case {@code c} (0 genitive, 1 dative, 2 accusative, 3 instrumental,
     * 4 prepositional).
     */
    static List<String> word(String w, int c, boolean person, boolean feminine, boolean surname) {
        // a word and its number (Восток-1) declines the word: Востока-1, Востоком-1
        java.util.regex.Matcher numbered = NUMBERED.matcher(w);
        if (numbered.matches()) {
            List<String> out = new ArrayList<>();
            for (String a : word(numbered.group(1), c, person, feminine, surname)) {
                out.add(a + numbered.group(2));
            }
            return out;
        }
        if (w.length() < 2 || !cyrillic(w) || w.chars().anyMatch(Character::isDigit)
                || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return List.of(w);
        }
        // a hyphenated surname declines each part (Римский-Корсаков: Римского-Корсакова), or its last one
        // alone when the first does not change as a surname does (Кудь-Сверчков: Кудь-Сверчкова)
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            List<String> last = word(w.substring(hyphen + 1), c, person, feminine, surname);
            for (String a : word(w.substring(0, hyphen), c, person, feminine, surname)) {
                for (String b : last) {
                    out.add(a + "-" + b);
                }
            }
            for (String b : last) {
                out.add(w.substring(0, hyphen + 1) + b);
            }
            return new ArrayList<>(out);
        }
        if (!person && (w.endsWith("ая") || w.endsWith("яя") || w.endsWith("ое") || w.endsWith("ее") || w.endsWith("ый")
                || w.endsWith("ий") || w.endsWith("ой") || w.endsWith("ые") || w.endsWith("ие"))) {
            return List.of(w); // an adjective leading a thing's name (Международная ...) is left as written
        }
        String[][] endings = endings(w, person, feminine, surname);
        if (endings == null) {
            return List.of(w);
        }
        String stem = w.substring(0, w.length() - endings[0][0].length());
        List<String> out = new ArrayList<>();
        for (String e : endings[c + 1]) {
            out.add(stem + e);
        }
        return out;
    }

    /** The ending the rule replaces, then the endings of the five oblique cases; null when the word does not change. */
    private static String[][] endings(String w, boolean person, boolean feminine, boolean surname) {
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        if (feminine && person) {
            if (w.endsWith("ская") || w.endsWith("цкая")) {
                return rule("ая", "ой", "ой", "ую", "ой", "ой");
            }
            if (surname && (w.endsWith("ова") || w.endsWith("ева") || w.endsWith("ёва") || w.endsWith("ина")
                    || w.endsWith("ына"))) {
                return rule("а", "ой", "ой", "у", "ой", "ой");
            }
            if (w.endsWith("ия")) {
                return rule("я", "и", "и", "ю", "ей", "и");
            }
            if (last == 'я') {
                return rule("я", "и", "е", "ю", "ей", "е");
            }
            if (last == 'а') {
                return rule("а", "гкхжчшщ".indexOf(before) >= 0 ? "и" : "ы", "е", "у", "ой|ей", "е");
            }
            return null; // a woman's name ending in a consonant or another vowel keeps its form
        }
        if (w.endsWith("ский") || w.endsWith("цкий") || w.endsWith("ской") || w.endsWith("цкой")) {
            return rule(w.substring(w.length() - 2), "ого", "ому", "ого", "им", "ом");
        }
        if (w.endsWith("ий")) {
            return rule("й", "я", "ю", "я", "ем", "и");
        }
        if (w.endsWith("ей") || w.endsWith("ай") || w.endsWith("ой") || w.endsWith("уй")) {
            return rule("й", "я", "ю", "я", "ем", "е");
        }
        if (last == 'ь') {
            return rule("ь", "я", "ю", "я", "ем", "е");
        }
        if (last == 'а') {
            return rule("а", "гкхжчшщ".indexOf(before) >= 0 ? "и" : "ы", "е", "у", "ой|ей", "е");
        }
        if (last == 'я') {
            return rule("я", "и", "е", "ю", "ей", "е");
        }
        if ("оеиуюыэё".indexOf(last) >= 0) {
            return null;
        }
        String accusative = person ? "а" : "";
        if (person && (w.endsWith("ов") || w.endsWith("ев") || w.endsWith("ёв") || w.endsWith("ин") || w.endsWith("ын"))) {
            // a surname in -ов/-ин: Платоновым; a first name in -ин keeps -ом (Вениамином)
            return rule("", "а", "у", accusative, surname ? "ым" : "ым|ом", "е");
        }
        return rule("", "а", "у", accusative, "жчшщц".indexOf(last) >= 0 ? "ем|ом" : "ом", "е");
    }

    private static String[][] rule(String replaced, String... cases) {
        String[][] out = new String[6][];
        out[0] = new String[] {replaced};
        for (int i = 0; i < 5; i++) {
            // an empty accusative ending of a thing is its nominative: the word as it is
            out[i + 1] = cases[i].isEmpty() ? new String[] {replaced} : cases[i].split("\\|");
        }
        return out;
    }
}
