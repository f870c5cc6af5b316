package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the folded names, aliases and usable surnames of all registered entities, built
 * once and read-only afterwards. A text is scanned in one pass by walking the trie from each
 * position; {@link #candidatesAt} lists the names that start there and end on a word boundary,
 * longest first.
 */
final class NameTrie {
    /** What a name stands for: an entity by its index, by full name/alias or by surname alone. */
    record Target(int entity, boolean surname) {
    }

    /** Names found at one position: folded {@code [start, end)}, with what they stand for. */
    record Candidate(int start, int end, List<Target> targets) {
    }

    /** A frozen node: its children by character in two parallel arrays, sorted by character. */
    private static final class Node {
        final char[] keys;
        final Node[] children;
        final List<Target> targets;

        Node(char[] keys, Node[] children, List<Target> targets) {
            this.keys = keys;
            this.children = children;
            this.targets = targets;
        }

        /** The child for {@code c}, or null; a binary search, with no boxing of the character. */
        Node next(char c) {
            int low = 0;
            int high = keys.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                char key = keys[mid];
                if (key < c) {
                    low = mid + 1;
                } else if (key > c) {
                    high = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }
    }

    /** Which ASCII characters are letters or digits, looked up instead of asked each time. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final Node root;

    private NameTrie(Node root) {
        this.root = root;
    }

    static NameTrie of(List<EntityName> entities) {
        Growing root = new Growing();
        Map<String, List<Integer>> surnames = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityName entity = entities.get(i);
            root.add(FoldedText.fold(entity.name()), new Target(i, false));
            for (String alias : entity.aliases()) {
                root.add(FoldedText.fold(alias), new Target(i, false));
            }
            String surname = surname(entity);
            if (surname != null) {
                List<String> forms = new ArrayList<>();
                forms.add(surname);
                entity.surnameForms().forEach(f -> forms.add(FoldedText.fold(f)));
                for (String form : forms) {
                    List<Integer> people = surnames.computeIfAbsent(form, s -> new ArrayList<>());
                    if (!people.contains(i)) {
                        people.add(i);
                    }
                }
            }
        }
        surnames.forEach((surname, people) -> {
            if (people.size() == 1) {
                root.add(surname, new Target(people.get(0), true));
            }
        });
        return new NameTrie(root.freeze());
    }

    /** The folded last word of a person's name, if long enough to count alone. */
    static String surname(EntityName entity) {
        if (!entity.person()) {
            return null;
        }
        String folded = FoldedText.fold(entity.name());
        int space = folded.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String last = folded.substring(space + 1);
        long letters = last.chars().filter(Character::isLetter).count();
        return letters >= 3 ? last : null;
    }

    /** Whether {@code c} is a letter or digit; ASCII and the separator, most text, are answered at once. */
    static boolean isWord(char c) {
        return c < 0x80 ? ASCII_WORD[c] : c != BlockText.SEPARATOR && Character.isLetterOrDigit(c);
    }

    /** Names in {@code text} starting at {@code start} and ending on a word boundary, longest first. */
    List<Candidate> candidatesAt(String text, int start) {
        return candidatesAt(text.toCharArray(), start);
    }

    /** As {@link #candidatesAt(String, int)}, on the characters of a text. */
    List<Candidate> candidatesAt(char[] text, int start) {
        if (start > 0 && isWord(text[start]) && isWord(text[start - 1])) {
            return List.of();
        }
        List<Candidate> found = null;
        Node node = root;
        for (int i = start; i < text.length; i++) {
            node = node.next(text[i]);
            if (node == null) {
                break;
            }
            if (!node.targets.isEmpty()) {
                int end = i + 1;
                boolean boundary = end == text.length || !isWord(text[end]) || !isWord(text[i]);
                if (boundary) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(0, new Candidate(start, end, node.targets));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    /** Whether some registered name or alias is a whole-word prefix of the folded {@code name}. */
    boolean hasNamePrefix(String name) {
        for (Candidate candidate : candidatesAt(name, 0)) {
            for (Target target : candidate.targets()) {
                if (!target.surname()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Growing {
        final Map<Character, Growing> next = new HashMap<>();
        final List<Target> targets = new ArrayList<>();

        void add(String name, Target target) {
            if (name.isEmpty()) {
                return;
            }
            Growing node = this;
            for (int i = 0; i < name.length(); i++) {
                node = node.next.computeIfAbsent(name.charAt(i), c -> new Growing());
            }
            if (!node.targets.contains(target)) {
                node.targets.add(target);
            }
        }

        Node freeze() {
            char[] keys = new char[next.size()];
            int k = 0;
            for (char c : next.keySet()) {
                keys[k++] = c;
            }
            Arrays.sort(keys);
            Node[] children = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                children[i] = next.get(keys[i]).freeze();
            }
            // Full names and aliases first, so a surname never hides a full name.
            List<Target> ordered = new ArrayList<>(targets);
            ordered.sort((a, b) -> Boolean.compare(a.surname(), b.surname()));
            return new Node(keys, children, List.copyOf(ordered));
        }
    }
}
