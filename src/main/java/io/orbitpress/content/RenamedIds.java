package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ids a registry file may have had: the slug of each of its names and aliases (the id
 * {@code orbitpress new person "Christina Koch"} gives), and the id of each old address of its
 * page ({@code redirect_from: /people/christina-koch/}). A story or a fact that names such an id
 * after the file was renamed is told which id to write now; one that names the id of a file
 * its errors keep out of the site is told so, not to add the file.
 */
public final class RenamedIds {

    /** A registered entity an unknown id may mean, and why: "is named \"Christina Koch\"". */
    private record Meant(String id, String path, String why) {
    }

    /** By "kind/old id", what it may mean, in registry order. */
    private final Map<String, List<Meant>> byOldId;
    /** By "kind/id", the registry file of that id that its errors keep out of the site. */
    private final Map<String, String> keptOut;

    private RenamedIds(Map<String, List<Meant>> byOldId, Map<String, String> keptOut) {
        this.byOldId = byOldId;
        this.keptOut = keptOut;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What to say of {@code id}, which no file of {@code kind} has, when it is an id a registered
     * file of that kind may have had: "unknown person \"christina-koch\"; christina-hammock-koch
     * (content/people/christina-hammock-koch.md) is named \"Christina Koch\": write christina-hammock-koch".
     */
    public Optional<String> unknownId(EntityKind kind, String id) {
        String file = keptOut.get(kind.key() + "/" + id);
        if (file != null) {
            // the file is there: "add content/people/x.md" would send the writer to make it again
            return Optional.of(kind.singular().toLowerCase(Locale.ROOT) + " \"" + id + "\" is " + file
                    + ", which its errors (told with this one) keep out of the site; fix them");
        }
        List<Meant> meant = byOldId.getOrDefault(kind.key() + "/" + id, List.of());
        if (meant.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("unknown ").append(kind.singular().toLowerCase(Locale.ROOT)).append(" \"")
                .append(id).append("\"; ");
        for (int i = 0; i < meant.size(); i++) {
            Meant m = meant.get(i);
            sb.append(i == 0 ? "" : i == meant.size() - 1 ? " and " : ", ").append(m.id()).append(" (").append(m.path())
                    .append(") ").append(m.why());
        }
        sb.append(meant.size() == 1 ? ": write " + meant.get(0).id() : ": write the id of the one meant");
        return Optional.of(sb.toString());
    }

    /** Collects the registered files, in registry order; {@link #build()} freezes them. */
    public static final class Builder {
        private final Map<String, List<Meant>> byOldId = new LinkedHashMap<>();
        private final Map<String, String> keptOut = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * A registry file of {@code kind}: its id, its path and its front matter as plain values
         * ({@code name}, {@code aliases}, once or per language; {@code redirect_from}).
         */
        public Builder add(EntityKind kind, String id, String path, Map<String, Object> raw) {
            for (String name : texts(raw.get("name"))) {
                put(kind, Slugs.make(name), new Meant(id, path, "is named \"" + name + "\""), id);
            }
            for (String alias : texts(raw.get("aliases"))) {
                put(kind, Slugs.make(alias), new Meant(id, path, "is also called \"" + alias + "\""), id);
            }
            String prefix = "/" + kind.urlPrefix() + "/";
            for (String from : texts(raw.get("redirect_from"))) {
                String path0 = from.startsWith("/") ? from : "/" + from;
                String folder = path0.endsWith("/") ? path0 : path0 + "/";
                int at = folder.lastIndexOf(prefix);
                if (at < 0) {
                    continue;
                }
                String old = folder.substring(at + prefix.length(), folder.length() - 1);
                if (!old.isEmpty() && !old.contains("/")) {
                    put(kind, old, new Meant(id, path, "was " + old + " (its page keeps the address: redirect_from: "
                            + from + ")"), id);
                }
            }
            return this;
        }

        /** A registry file of {@code kind} as read: its id, its path and its front matter. */
        public Builder add(EntityKind kind, String id, String path, io.orbitpress.frontmatter.FrontMatter fm) {
            Map<String, Object> raw = new LinkedHashMap<>();
            fm.fields().forEach((k, v) -> raw.put(k, io.orbitpress.config.Values.plain(v)));
            return add(kind, id, path, raw);
        }

        private void put(EntityKind kind, String oldId, Meant meant, String id) {
            if (oldId.isEmpty() || oldId.equals(id)) {
                return;
            }
            List<Meant> list = byOldId.computeIfAbsent(kind.key() + "/" + oldId, k -> new ArrayList<>());
            if (list.stream().noneMatch(m -> m.id().equals(id))) {
                list.add(meant);
            }
        }

        /** A registry file of {@code kind} that would register {@code id}, kept out of the site by its errors. */
        public Builder keptOut(EntityKind kind, String id, String path) {
            keptOut.putIfAbsent(kind.key() + "/" + id, path);
            return this;
        }

        public RenamedIds build() {
            Map<String, List<Meant>> out = new LinkedHashMap<>();
            byOldId.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return new RenamedIds(out, Map.copyOf(keptOut));
        }

        /** The texts of a value written once, as a list, or per language (a map of either). */
        private static List<String> texts(Object v) {
            List<String> out = new ArrayList<>();
            if (v instanceof Map<?, ?> m) {
                m.values().forEach(x -> out.addAll(texts(x)));
            } else if (v instanceof List<?> list) {
                list.forEach(x -> out.addAll(texts(x)));
            } else if (v != null && !(v instanceof Boolean) && !String.valueOf(v).isBlank()) {
                out.add(String.valueOf(v).strip());
            }
            return out;
        }
    }
}
