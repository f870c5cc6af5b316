package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.render.Urls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registry files that hold their entity's page back ({@code publishDate:}, {@code draft: true}),
 * as a story's embargo does: a new crew member's biography written ahead of the announcement.
 * While held, the entity has no page and is in no list, feed, sitemap or search entry, and text
 * does not link its name ({@link Registry#at}). What would publish it before its time is an
 * error: a story out now that names it in front matter or signs with it, and a link to its page.
 * A story not yet out may name it when the page is out by the story's time.
 */
final class EntryHolds {

    private EntryHolds() {
    }

    /** The publications of entities still to come, for the schedule (a draft waits for a person, not for the clock). */
    static List<Schedule.Change> changes(Registry registry, Instant now) {
        List<Schedule.Change> out = new ArrayList<>();
        registry.holds().forEach((key, h) -> {
            Entity e = registry.entities().get(key);
            if (e != null && !h.draft() && h.publishDate() != null && h.publishDate().toInstant().isAfter(now)) {
                out.add(new Schedule.Change(h.publishDate(), "publishes", h.path(), e.name(), e.url()));
            }
        });
        return out;
    }

    /**
     * Tells of each story that names an entity held back: an error for a story out in this build
     * ({@code shown}); for one the clock holds back, an error when the entity's page comes out
     * after the story (the build at the story's time would stop), a warning when the entity is a
     * draft (it would stop unless the draft is published by then).
     */
    static void check(List<MadeArticle> made, Set<String> shown, Registry registry, Instant now, Diagnostics d) {
        if (registry.held().isEmpty()) {
            return;
        }
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null) {
                continue;
            }
            boolean out = shown.contains(a.path());
            for (EntityUse u : uses(a)) {
                if (!u.entity().described()) {
                    continue; // a name a pattern found ("Crew-12" in a story's text): not the held file's page
                }
                String key = u.entity().key();
                Registry.Hold h = registry.holds().get(key);
                if (h == null || !registry.held().contains(key)) {
                    continue;
                }
                MadeArticle.KeyPlace at = m.place(keys(u));
                if (m.has(at.key() + ":" + u.entity().id())) {
                    at = m.place(at.key() + ":" + u.entity().id()); // the id in the list
                }
                String names = "names " + u.entity().kind().singular().toLowerCase(java.util.Locale.ROOT) + " \""
                        + u.entity().id() + "\"" + (u.source().equals("byline") && !at.key().contains(":")
                                ? " (" + u.entity().name() + ")" : "") + ", whose page ";
                if (out) {
                    d.error(a.path(), at.line(), at.column(), names + h.told() + (h.draft()
                            ? "; take draft: out of that file, or name the id once the page is out"
                            : "; hold the story back as long (publishDate: at that time or later), or name the id"
                                    + " once the page is out"));
                } else if (Schedule.visibility(a, now) == io.orbitpress.model.Visibility.EMBARGOED
                        && Schedule.everShown(a)) {
                    if (h.draft()) {
                        d.warning(a.path(), at.line(), at.column(), names + "is a draft (draft: true in " + h.path()
                                + "): the build at this story's time, " + Schedule.shown(a.publishedAt())
                                + ", would stop on it unless the draft is published by then");
                    } else if (h.publishDate().isAfter(a.publishedAt())) {
                        d.error(a.path(), at.line(), at.column(), names + h.told()
                                + ", after this story comes out at " + Schedule.shown(a.publishedAt())
                                + ": the build at that time would stop on it; hold the story back as long, or bring"
                                + " the page's publishDate: forward");
                    }
                }
            }
        }
    }

    /**
     * Tells of each page held back whose facts name another held back for longer ({@code crew:} of a
     * mission out on Thursday naming a person out on Friday): the build at the first page's time
     * would stop on its link to the second. An error, at the line that names the id.
     */
    static void checkFacts(Registry registry, java.util.function.Function<String, String> text, Diagnostics d) {
        Map<String, io.orbitpress.frontmatter.FrontMatter> read = new java.util.HashMap<>(); // a file told of, read once
        for (String key : new java.util.TreeSet<>(registry.held())) {
            Entity e = registry.entities().get(key);
            Registry.Hold h = registry.holds().get(key);
            if (e == null || h == null || h.draft()) {
                continue; // a draft's page waits for a person: its facts are checked when it is out
            }
            e.refs().forEach((kind, ids) -> {
                for (String id : ids) {
                    String other = kind + "/" + id;
                    Registry.Hold o = registry.holds().get(other);
                    Entity named = registry.entities().get(other);
                    if (o == null || named == null || !registry.held().contains(other)
                            || !o.draft() && !o.publishDate().isAfter(h.publishDate())) {
                        continue;
                    }
                    io.orbitpress.frontmatter.FrontMatter fm = read.computeIfAbsent(e.path(), path -> frontMatter(
                            path, text.apply(path)));
                    String[] fact = factNaming(e, id, named);
                    io.orbitpress.frontmatter.FrontMatter.Place at = fm.placeOfItem(fact[0], fact[1]);
                    d.error(e.path(), at.line(), at.column(), "names "
                            + named.kind().singular().toLowerCase(java.util.Locale.ROOT) + " \"" + fact[1] + "\", whose page "
                            + o.told() + ", and this page comes out at " + Schedule.shown(h.publishDate())
                            + ": the build at that time would stop on the link; hold this page back as long, or bring"
                            + " that one's forward");
                }
            });
        }
    }

    /** The registry file {@code path} holding {@code text}, its front matter read again for a message's place. */
    private static io.orbitpress.frontmatter.FrontMatter frontMatter(String path, String text) {
        return text == null ? io.orbitpress.frontmatter.FrontMatter.empty(path)
                : new io.orbitpress.frontmatter.FrontMatterParser().parse(
                        io.orbitpress.frontmatter.FrontMatterSplitter.split(text), path, new Diagnostics());
    }

    /**
     * The fact of {@code e} whose value names {@code named}, whose id is {@code id}, and that value
     * as written: its id ({@code crew: [zena-cardman]}), or its name or an alias in any case
     * ({@code organization: NASA}); the key "" and the id when none does.
     */
    private static String[] factNaming(Entity e, String id, Entity named) {
        for (Map.Entry<String, Object> f : e.raw().entrySet()) {
            for (Object v : f.getValue() instanceof List<?> list ? list : List.of(f.getValue() == null ? "" : f.getValue())) {
                String written = String.valueOf(v).strip();
                if (written.equals(id) || written.equalsIgnoreCase(named.name())
                        || named.aliases().stream().anyMatch(written::equalsIgnoreCase)) {
                    return new String[] {f.getKey(), written};
                }
            }
        }
        return new String[] {"", id};
    }

    /** Every entity {@code a} names or is signed by. */
    private static List<EntityUse> uses(Article a) {
        List<EntityUse> out = new ArrayList<>();
        a.entities().values().forEach(out::addAll);
        out.addAll(a.desk().bylines());
        return out;
    }

    /** The front matter keys a use comes from, for the message's place. */
    private static List<String> keys(EntityUse u) {
        EntityKind kind = u.entity().kind();
        List<String> keys = new ArrayList<>(u.source().equals("byline") ? kind.bylineKeys() : kind.frontMatterKeys());
        if (u.source().equals("byline")) {
            keys.add("author");
        }
        return keys.isEmpty() ? List.of(kind.key()) : keys;
    }

    /**
     * By "kind/id", the pages their registry files hold back at {@code now} that this build shows
     * all the same ({@code --future}, {@code --drafts}, as the preview does): marked on their pages.
     */
    static Map<String, io.orbitpress.render.WaitingPage> waiting(Registry registry, Instant now) {
        Map<String, io.orbitpress.render.WaitingPage> out = new LinkedHashMap<>();
        registry.holds().forEach((key, h) -> {
            // held at now but for --future and --drafts, and shown: a page held back has none at all
            if (!registry.held().contains(key) && h.holds(now, false, false)) {
                out.put(key, new io.orbitpress.render.WaitingPage(h.draft() ? null : h.publishDate(), h.draft()));
            }
        });
        return out;
    }

    /** The entities held back, as each language's registry shows them (their pages' addresses differ). */
    static List<Entity> entities(List<Registry> languages) {
        List<Entity> out = new ArrayList<>();
        for (Registry r : languages) {
            for (String key : new java.util.TreeSet<>(r.held())) {
                Entity e = r.entities().get(key);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Per output file of a page held back (in each language's folder), why a link to it leads
     * nowhere: what the link check says instead of "no page".
     */
    static Map<String, LinkChecker.Problem> files(List<Registry> languages) {
        Map<String, LinkChecker.Problem> out = new LinkedHashMap<>();
        for (Registry r : languages) {
            for (String key : r.held()) {
                Entity e = r.entities().get(key);
                Registry.Hold h = r.holds().get(key);
                if (e == null || h == null) {
                    continue;
                }
                out.putIfAbsent(Urls.file(e.url().substring(1)), new LinkChecker.Problem("it leads to the page of "
                        + e.name() + ", which " + h.path() + (h.draft() ? " holds back as a draft (draft: true)"
                                : " holds back until " + Schedule.shown(h.publishDate())) + "; remove the link, or"
                        + " hold the linking page back as long", false));
            }
        }
        return out;
    }
}
