package io.orbitpress.build;

import io.orbitpress.model.Article;
import io.orbitpress.model.Visibility;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.render.Urls;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build's clock applied to the articles: which are published, which wait for their
 * publication time (embargoed) and which are past their expiry date, and the changes to come.
 * Articles are made without the clock, so that one remembered from an earlier build is
 * published by the first build after its time; this step decides what the site shows.
 */
public final class Schedule {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    /** With the seconds, for a time that has them: a build at the minute shown would come before it. */
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /**
     * A change the clock will make to the site.
     *
     * @param at   when, in the site's time zone
     * @param what "publishes", "expires" or "withdraws"
     * @param path the article's file, or the registry file of an entity's page
     */
    public record Change(ZonedDateTime at, String what, String path, String title, String url) {

        /** One line for people: the time (and the same time in UTC, the zone of CI schedules), what happens, the article. */
        public String describe() {
            return shown(at) + " (" + shown(at.withZoneSameInstant(ZoneOffset.UTC)).replace(" +00:00", " UTC")
                    + ")  " + what + "  \"" + title + "\"  " + url + "  " + path;
        }
    }

    private final Instant now;
    private final List<Article> shown;
    private final List<Article> withheld;
    private final List<Article> withdrawn;
    private final List<Change> upcoming;

    private Schedule(Instant now, List<Article> shown, List<Article> withheld, List<Change> upcoming) {
        this.now = now;
        this.shown = List.copyOf(shown);
        this.withheld = List.copyOf(withheld);
        this.withdrawn = withheld.stream().filter(Article::withdrawn).toList();
        this.upcoming = List.copyOf(upcoming);
    }

    /**
     * The articles as the clock {@code now} sees them: each one's {@link Visibility} set; those
     * embargoed kept only with {@code future}, those expired only with {@code expired}; with the
     * publications of other pages to come, {@code others} ({@link EntryHolds#changes}).
     */
    static Schedule apply(List<Article> articles, Instant now, boolean future, boolean expired, List<Change> others) {
        List<Article> shown = new ArrayList<>(articles.size());
        List<Article> withheld = new ArrayList<>();
        List<Change> upcoming = new ArrayList<>(others);
        for (Article a : articles) {
            Visibility v = visibility(a, now);
            if (shows(v, future, expired)) {
                shown.add(a.withVisibility(v));
            } else {
                withheld.add(a.withVisibility(v));
            }
            if (a.draft()) {
                continue; // a draft waits for a person, not for the clock
            }
            ZonedDateTime expiry = a.desk().expiryDate();
            if (v == Visibility.EMBARGOED && everShown(a)) {
                upcoming.add(new Change(a.publishedAt(), "publishes", a.path(), a.title(), a.url()));
            }
            if (expiry != null && expiry.toInstant().isAfter(now) && everShown(a)) {
                upcoming.add(new Change(expiry, "expires", a.path(), a.title(), a.url()));
            }
            io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
            if (w != null && w.at().toInstant().isAfter(now) && everShown(a)) {
                upcoming.add(new Change(w.at(), "withdraws", a.path(), a.title(), a.url()));
            }
        }
        upcoming.sort(Comparator.comparing((Change c) -> c.at().toInstant()).thenComparing(Change::path));
        return new Schedule(now, shown, withheld, upcoming);
    }

    /**
     * An error at each story held back at {@code now} by a publishDate earlier than its date (the
     * build at that time would refuse it, below, and with it the stories it was to publish). A
     * warning at each date of a story out at {@code now} that is later than {@code now}: its
     * {@code date} (the story went out by its publishDate: an error, as the story would break its
     * embargo), its {@code updated}, a correction's. Such a date is made when the story is
     * published, so a later one is most likely a slip of the year or month (it is shown as written,
     * and leads the site's feeds).
     */
    static void datesAhead(List<MadeArticle> made, java.util.Set<String> shown, Instant now,
            io.orbitpress.diag.Diagnostics d) {
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a != null && !a.draft() && a.publishedAt().toInstant().isAfter(now) && a.date().isAfter(a.publishedAt())
                    && everShown(a)) {
                // held back by a publishDate earlier than its date: the build of that time would refuse it (below)
                // and publish nothing else either, so it is told now, whether or not this build shows it
                MadeArticle.KeyPlace at = m.place("date");
                d.error(a.path(), at.line(), at.column(), "the date " + (a.timed() ? shown(a.date())
                        : a.date().toLocalDate()) + " is later than publishDate " + shown(a.publishedAt())
                        + ", so from that time the story would go out dated ahead, and the build then would stop"
                        + " at it; fix the slip in one of them (publishDate: holds a story until its time; without"
                        + " it, date: does)");
                continue;
            }
            if (a == null || !shown.contains(a.path()) || a.publishedAt().toInstant().isAfter(now)) {
                continue;
            }
            if (a.date().toInstant().isAfter(now)) {
                // out by a publishDate that has passed while its date is to come: an embargo broken
                // by a slip of the year or day in one of them, most often; nothing goes out
                MadeArticle.KeyPlace at = m.place("date");
                d.error(a.path(), at.line(), at.column(), "the date " + (a.timed() ? shown(a.date())
                        : a.date().toLocalDate()) + " is later than this build's time, " + shown(now.atZone(
                        a.date().getZone())) + ", but publishDate " + shown(a.publishedAt()) + " has passed:"
                        + " the story would go out now, dated ahead; fix the slip in one of them (publishDate: holds"
                        + " a story until its time; without it, date: does)");
            }
            if (a.updated() != null && a.updated().toInstant().isAfter(now)) {
                MadeArticle.KeyPlace at = m.place(List.of("updated", "lastmod", "last_modified_at"));
                ahead(d, a, at, at.key() + " " + (a.updatedTimed() ? shown(a.updated()) : a.updated().toLocalDate()), now,
                        a.updated());
            }
            for (io.orbitpress.model.Correction c : a.desk().corrections()) {
                if (c.date().toInstant().isAfter(now)) {
                    ahead(d, a, m.place(List.of(ArticleMaker.CORRECTION_PLACE + c.id(), "corrections")),
                            "the correction dated " + shown(c.date()), now, c.date());
                }
            }
            for (io.orbitpress.model.Section x : a.desk().sections()) {
                // a live blog's entry: its time leads the page's last change and the feeds' updated
                if (x.timed() && x.time().toInstant().isAfter(now)) {
                    ahead(d, a, m.place(List.of(ArticleMaker.ENTRY_PLACE + x.id(), "layout", "date")),
                            "the live entry \"" + x.title() + "\" at "
                            + shown(x.time()), now, x.time());
                }
            }
        }
    }

    /**
     * {@code made}, with each translation that has no {@code publishDate} of its own given its
     * original's time when that comes later: out before it, the translation would tell an embargoed
     * story first, and once both are out, it came out with it (its feeds' dates say so, whenever
     * the site is built), {@code until} each one's original time ({@link #heldUntil}, of the same
     * stories). A translation that would then expire before it comes out is warned about in {@code d}.
     */
    static List<MadeArticle> withOriginals(List<MadeArticle> made, ZonedDateTime[] until,
            io.orbitpress.diag.Diagnostics d) {
        if (until == null) {
            return made;
        }
        List<MadeArticle> out = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            MadeArticle m = made.get(i);
            if (until[i] == null) {
                out.add(m);
                continue;
            }
            Article a = m.article();
            Article held = a.withDesk(a.desk().withPublishDate(until[i].withZoneSameInstant(a.date().getZone())));
            if (!everShown(held)) {
                MadeArticle.KeyPlace at = m.place(List.of("translationKey", "date"));
                d.warning(a.path(), at.line(), at.column(), "it comes out with its original, at "
                        + shown(held.publishedAt()) + ", and its expiryDate, " + shown(a.desk().expiryDate())
                        + ", is not later, so it is never shown; give it a later expiryDate, or a publishDate of its own");
            }
            out.add(m.with(held, m.problems()));
        }
        return out;
    }

    /**
     * {@code made}, with each translation that says nothing of a withdrawal given its original's
     * (without the note, written in the original's language): a story withdrawn on legal advice is
     * withdrawn in every language, whoever translated it, even one withdrawn before it came out. The
     * original is the one {@link #translates} names (the version without the shared
     * {@code translationKey}, else the first language's), never one by its date alone: a version
     * withdrawn on its own (a slip of the translation) leaves the others as they are, its sibling
     * translations too.
     */
    static List<MadeArticle> withdrawnWithOriginals(List<MadeArticle> made, String firstLanguage) {
        if (made.stream().noneMatch(m -> m.article() != null && m.article().desk().withdrawal() != null)) {
            return made;
        }
        Map<String, List<MadeArticle>> byKey = new java.util.HashMap<>();
        for (MadeArticle m : made) {
            if (m.article() != null && m.article().desk().withdrawal() != null) {
                byKey.computeIfAbsent(m.article().translationKey(), k -> new ArrayList<>()).add(m);
            }
        }
        List<MadeArticle> out = new ArrayList<>(made);
        for (int i = 0; i < made.size(); i++) {
            MadeArticle m = made.get(i);
            Article a = m.article();
            if (a == null || a.desk().withdrawal() != null) {
                continue;
            }
            io.orbitpress.model.Withdrawal first = null;
            for (MadeArticle w : byKey.getOrDefault(a.translationKey(), List.of())) {
                Article o = w.article();
                io.orbitpress.model.Withdrawal theirs = o.desk().withdrawal();
                if (!o.lang().equals(a.lang()) && Boolean.TRUE.equals(translates(a.lang(), m.has("translationKey"),
                        o.lang(), w.has("translationKey"), firstLanguage))
                        && (first == null || theirs.at().isBefore(first.at()))) {
                    first = theirs;
                }
            }
            if (first != null) {
                out.set(i, m.with(a.withDesk(a.desk().withWithdrawal(new io.orbitpress.model.Withdrawal(first.at(), ""))),
                        m.problems()));
            }
        }
        return out;
    }

    /**
     * Whether the clock shows the story of each of {@code made} at {@code now} once it waits for its
     * original until {@code until} ({@link #heldUntil}), as {@link #shows(Article, Instant, boolean,
     * boolean)}; false for a file that made no story. What is resized for a story depends on it, so it
     * is decided before the stories are given their originals' times.
     */
    static boolean[] shows(List<MadeArticle> made, ZonedDateTime[] until, Instant now, boolean future,
            boolean expired) {
        boolean[] out = new boolean[made.size()];
        for (int i = 0; i < out.length; i++) {
            Article a = made.get(i).article();
            if (a != null) {
                out[i] = until == null || until[i] == null ? shows(a, now, future, expired)
                        : shows(a.withDesk(a.desk().withPublishDate(until[i])), now, future, expired);
            }
        }
        return out;
    }

    /**
     * For each of {@code made}, the time its original comes out when a translation without a
     * {@code publishDate} of its own must wait for it ({@link #originalOf}), else null; null for none
     * at all. Drafts hold nothing back.
     */
    static ZonedDateTime[] heldUntil(List<MadeArticle> made, String firstLanguage) {
        Map<String, List<MadeArticle>> versions = versions(made);
        if (versions.isEmpty()) {
            return null;
        }
        ZonedDateTime[] out = null;
        for (int i = 0; i < made.size(); i++) {
            MadeArticle m = made.get(i);
            Article a = m.article();
            if (a == null || a.draft() || a.desk().publishDate() != null) {
                continue;
            }
            ZonedDateTime until = null;
            for (MadeArticle w : versions.getOrDefault(a.translationKey(), List.of())) {
                ZonedDateTime t = w.article().publishedAt();
                if (originalOf(m, w, firstLanguage) && t.isAfter(a.publishedAt()) && (until == null || t.isAfter(until))) {
                    until = t;
                }
            }
            if (until != null) {
                if (out == null) {
                    out = new ZonedDateTime[made.size()];
                }
                out[i] = until;
            }
        }
        return out;
    }

    /**
     * The versions of stories that will be shown (not drafts, nor expired before they are out), by
     * translationKey: only the keys that more than one language shares.
     */
    private static Map<String, List<MadeArticle>> versions(List<MadeArticle> made) {
        Map<String, MadeArticle> first = new java.util.HashMap<>();
        Map<String, List<MadeArticle>> out = new java.util.HashMap<>();
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a != null && !a.draft() && everShown(a)) {
                MadeArticle one = first.putIfAbsent(a.translationKey(), m);
                if (one != null && !one.article().lang().equals(a.lang())) {
                    out.computeIfAbsent(a.translationKey(), k -> new ArrayList<>(List.of(one))).add(m);
                } else if (one != null && out.containsKey(a.translationKey())) {
                    out.get(a.translationKey()).add(m);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code other} is an original of {@code translation} (both sharing its key, in other
     * languages): the version that writes the {@code translationKey} it shares is the translation of
     * one that does not; when both write it, or neither (versions paired by their slug), the version
     * in the site's first language is the original; between two other languages, the one dated no
     * later than the other.
     */
    private static boolean originalOf(MadeArticle translation, MadeArticle other, String firstLanguage) {
        Article a = translation.article();
        Article o = other.article();
        if (o.lang().equals(a.lang())) {
            return false;
        }
        Boolean byRoles = translates(a.lang(), translation.has("translationKey"), o.lang(), other.has("translationKey"),
                firstLanguage);
        return byRoles != null ? byRoles : !a.date().isBefore(o.date());
    }

    /**
     * Whether the version in {@code lang} is a translation of the one in {@code otherLang} (another
     * language) by what each writes and the site's first language ({@link #originalOf}); null when
     * neither decides (both or neither write the key, and neither is in the first language).
     */
    private static Boolean translates(String lang, boolean writesKey, String otherLang, boolean otherWritesKey,
            String firstLanguage) {
        if (writesKey != otherWritesKey) {
            return writesKey;
        }
        if (otherLang.equals(firstLanguage) || lang.equals(firstLanguage)) {
            return otherLang.equals(firstLanguage);
        }
        return null;
    }

    /**
     * A warning at each translation ({@link #originalOf}) that comes out, by a {@code publishDate}
     * of its own, before its original the clock holds back at {@code now}: it would tell the embargoed
     * story before its time (without one it waits, {@link #withOriginals}). Told while both wait too,
     * so that the build that publishes it early is not the first to say so. An original out before
     * its translation is as it should be.
     */
    static void versionsAhead(List<MadeArticle> made, java.util.Set<String> shown, String firstLanguage,
            Instant now, io.orbitpress.diag.Diagnostics d) {
        Map<String, List<MadeArticle>> versions = versions(made);
        if (versions.isEmpty()) {
            return;
        }
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null || a.draft() || !everShown(a)) {
                continue;
            }
            boolean out = !a.publishedAt().toInstant().isAfter(now);
            if (out && !shown.contains(a.path())) {
                continue; // taken down: what it told is past
            }
            for (MadeArticle w : versions.getOrDefault(a.translationKey(), List.of())) {
                Article other = w.article();
                if (visibility(other, now) == Visibility.EMBARGOED && other.publishedAt().isAfter(a.publishedAt())
                        && originalOf(m, w, firstLanguage)) {
                    MadeArticle.KeyPlace at = m.place(List.of("translationKey", "publishDate", "date"));
                    d.warning(a.path(), at.line(), at.column(), "its " + other.lang() + " version, " + other.path()
                            + ", is embargoed until " + shown(other.publishedAt()) + ", and this one " + (out
                            ? "is out now" : "comes out earlier, at " + shown(a.publishedAt())) + ", telling"
                            + " the story before it; hold it back as long (publishDate: " + other.publishedAt()
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ") if it is to wait too");
                    break;
                }
            }
        }
    }

    /**
     * A warning at each story the build publishes whose original in another language is a draft
     * left out of the build ({@link #originalOf}'s roles; between two languages other than the
     * site's first, none is told): it tells the story before the original is out.
     */
    static void draftOriginals(List<MadeArticle> made, java.util.Set<String> shown, String firstLanguage,
            io.orbitpress.diag.Diagnostics d) {
        Map<String, List<MadeArticle.Draft>> drafts = new java.util.HashMap<>();
        for (MadeArticle m : made) {
            if (m.article() == null && m.draft() != null) {
                drafts.computeIfAbsent(m.draft().translationKey(), k -> new ArrayList<>()).add(m.draft());
            }
        }
        if (drafts.isEmpty()) {
            return;
        }
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null || !shown.contains(a.path())) {
                continue;
            }
            for (MadeArticle.Draft draft : drafts.getOrDefault(a.translationKey(), List.of())) {
                if (!draft.lang().equals(a.lang()) && Boolean.TRUE.equals(translates(a.lang(),
                        m.has("translationKey"), draft.lang(), draft.writesKey(), firstLanguage))) {
                    MadeArticle.KeyPlace at = m.place(List.of("translationKey", "date"));
                    d.warning(a.path(), at.line(), at.column(), "its " + draft.lang() + " version, " + draft.path()
                            + ", is a draft, which builds leave out, and this one is out, telling the story before it;"
                            + " make this one a draft too (draft: true) if it is to wait");
                    break;
                }
            }
        }
    }

    private static void ahead(io.orbitpress.diag.Diagnostics d, Article a, MadeArticle.KeyPlace at, String what,
            Instant now, ZonedDateTime when) {
        d.warning(a.path(), at.line(), at.column(), what + " is later than this build's time, "
                + shown(now.atZone(when.getZone())) + "; check its date (it is shown as written)");
    }

    /**
     * Whether {@code a} is ever shown: not when its expiry is not after its publication, nor when it
     * is withdrawn before it (both warned about).
     */
    static boolean everShown(Article a) {
        ZonedDateTime expiry = a.desk().expiryDate();
        io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
        return (expiry == null || expiry.isAfter(a.publishedAt())) && (w == null || w.at().isAfter(a.publishedAt()));
    }

    /** Whether the site shows {@code a} at {@code now}, as {@link #apply} decides. */
    static boolean shows(Article a, Instant now, boolean future, boolean expired) {
        return shows(visibility(a, now), future, expired);
    }

    private static boolean shows(Visibility v, boolean future, boolean expired) {
        return v == Visibility.PUBLISHED || v == Visibility.EMBARGOED && future || v == Visibility.EXPIRED && expired;
    }

    /**
     * What the clock makes of {@code a} at {@code now}. A withdrawal that has come is stronger than an
     * embargo and an expiry: the address answers with the notice, also for a story withdrawn before it
     * came out.
     */
    static Visibility visibility(Article a, Instant now) {
        io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
        if (w != null && !w.at().toInstant().isAfter(now)) {
            return Visibility.WITHDRAWN;
        }
        if (a.publishedAt().toInstant().isAfter(now)) {
            return Visibility.EMBARGOED;
        }
        ZonedDateTime expiry = a.desk().expiryDate();
        return expiry != null && !expiry.toInstant().isAfter(now) ? Visibility.EXPIRED : Visibility.PUBLISHED;
    }

    /** The clock this schedule was made with. */
    public Instant now() {
        return now;
    }

    /** The articles the site shows, in the order given. */
    List<Article> shown() {
        return shown;
    }

    /** The articles the clock holds back from this build: embargoed, expired or withdrawn. */
    public List<Article> withheld() {
        return withheld;
    }

    /** The addresses of the articles past their expiryDate at this build's time, of {@link #withheld()}. */
    java.util.Set<String> expiredUrls() {
        java.util.Set<String> urls = new java.util.HashSet<>();
        for (Article a : withheld) {
            if (visibility(a, now) == Visibility.EXPIRED) {
                urls.add(a.url());
            }
        }
        return urls;
    }

    /** The articles withdrawn at this build's time, of {@link #withheld()}: each address shows a notice. */
    public List<Article> withdrawn() {
        return withdrawn;
    }

    /** Every publication and expiry still to come, soonest first. */
    public List<Change> upcoming() {
        return upcoming;
    }

    /** How many other changes fall at the instant of {@link #next()}. */
    public int alsoThen() {
        int n = 0;
        while (n + 1 < upcoming.size() && upcoming.get(n + 1).at().toInstant().equals(upcoming.get(0).at().toInstant())) {
            n++;
        }
        return n;
    }

    /** The next change the clock will make: when the site should be built again. */
    public Optional<Change> next() {
        return upcoming.isEmpty() ? Optional.empty() : Optional.of(upcoming.get(0));
    }

    /**
     * Why a link to {@code file} (an output path), which only the held-back story {@code a} links
     * to, leads nowhere: the file is held back with it ({@link HeldFiles}).
     */
    static LinkChecker.Problem heldWith(Article a, String file) {
        return held(a, "it leads to /" + file + ", which only " + a.path() + " (\"" + a.title() + "\") links to and is"
                + " held back with it: the story ");
    }

    /** Why a link to {@code file}, a file of the held-back story {@code a}'s page bundle, leads nowhere. */
    static LinkChecker.Problem heldInBundle(Article a, String file) {
        return held(a, "it leads to /" + file + ", a file of the page bundle of " + a.path() + " (\"" + a.title()
                + "\"), which waits with it: the story ");
    }

    /**
     * {@code lead}, then why the held-back story {@code a} is not there: a link to a story not yet
     * out stops the build; one to a story taken down is a warning, so that the scheduled build that
     * takes it down is not stopped by the stories linking to it.
     */
    private static LinkChecker.Problem held(Article a, String lead) {
        if (a.withdrawn()) {
            return new LinkChecker.Problem(lead + "was withdrawn on " + withdrawnAt(a) + " and is"
                    + " no longer published; remove the link", true);
        }
        return a.embargoed()
                ? new LinkChecker.Problem(lead + "is embargoed until " + shown(a.publishedAt()) + "; remove the link,"
                        + " or hold the linking article back as long (a publishDate: at that time or later)", false)
                : new LinkChecker.Problem(lead + "expired on " + shown(a.desk().expiryDate()) + " and is no longer"
                        + " published; remove the link, or let the linking article expire too", true);
    }

    /**
     * Per output file an article held back would have (its page and its redirects, and the pages of
     * its names, topics and series that the build's output paths {@code made} lack), why a link to
     * it leads nowhere: what the link check says instead of "no page".
     */
    Map<String, LinkChecker.Problem> withheldFiles(java.util.Set<String> made) {
        Map<String, LinkChecker.Problem> out = new LinkedHashMap<>();
        for (Article a : withheld) {
            if (a.withdrawn()) {
                continue; // its addresses show its notice (noticeFiles)
            }
            LinkChecker.Problem why = held(a, "it leads to " + a.path() + " (\"" + a.title() + "\"), which ");
            files(a).forEach(f -> out.putIfAbsent(f, why));
        }
        // the pages of the names, topics and series a held-back story brings that the build does not
        // have: only that story would make them
        for (Article a : withheld) {
            for (String url : pagesOf(a)) {
                String file = Urls.file(url.substring(1));
                if (!made.contains(file)) {
                    out.putIfAbsent(file, held(a, "it leads to " + url + ", a page only " + a.path() + " (\""
                            + a.title() + "\") would make here, which "));
                }
            }
        }
        return out;
    }

    /**
     * Per output file of a story withdrawn at this build's time (its notice, and the redirects of its
     * old addresses), what a link to it is told: a warning, as the link still reaches the notice.
     */
    Map<String, LinkChecker.Problem> noticeFiles() {
        Map<String, LinkChecker.Problem> out = new LinkedHashMap<>();
        for (Article a : withdrawn) {
            LinkChecker.Problem why = LinkChecker.Problem.notice("it leads to " + a.path() + ", which was withdrawn on "
                    + withdrawnAt(a) + ": readers find the notice there; remove the link, or say the"
                    + " story was withdrawn");
            files(a).forEach(f -> out.putIfAbsent(f, why));
        }
        return out;
    }

    /**
     * As {@link #noticeFiles}, at the later time {@code t} (an embargoed story's, or a held registry
     * page's, {@code linking}: "story", "page"): per output file of a story withdrawn by then, what a
     * link to it is told by the build of that time. A withdrawal still to come says so, as the
     * story or page linking to it is written before it.
     */
    Map<String, LinkChecker.Problem> noticeFilesBy(Instant t, String linking) {
        Map<String, LinkChecker.Problem> out = noticeFiles();
        for (List<Article> articles : List.of(shown, withheld)) {
            for (Article a : articles) {
                io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
                if (w == null || !w.at().toInstant().isAfter(now) || w.at().toInstant().isAfter(t)) {
                    continue; // none, withdrawn now (its notice is there already), or after t
                }
                LinkChecker.Problem why = LinkChecker.Problem.notice("it leads to " + a.path() + ", which is to be"
                        + " withdrawn on " + withdrawnAt(a) + ", before this " + linking + " comes out: readers will find the"
                        + " notice there; remove the link, or say the story was withdrawn");
                files(a).forEach(f -> out.putIfAbsent(f, why));
            }
        }
        return out;
    }

    /** The pages of the people, missions and other names, the topics and the series {@code a} is listed on. */
    static List<String> pagesOf(Article a) {
        List<String> urls = new ArrayList<>();
        a.entities().values().forEach(uses -> uses.forEach(u -> urls.add(u.entity().url())));
        a.tags().forEach(t -> urls.add(t.url()));
        if (a.desk().series() != null) {
            urls.add(a.desk().series().url());
        }
        return urls;
    }

    /** The output files of article {@code a}: its page, then those of its redirects. */
    static List<String> files(Article a) {
        List<String> out = new ArrayList<>();
        out.add(Urls.file(a.url().substring(1)));
        for (String from : a.redirectFrom()) {
            out.add(Urls.file(Urls.redirectRoute(from)));
        }
        return out;
    }

    /** When {@code a} was withdrawn, as written: a day alone as the day, a time as the time. */
    private static String withdrawnAt(Article a) {
        io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
        return w.timed() ? shown(w.at()) : w.at().toLocalDate().toString();
    }

    /** A time as people read it, with its offset: 2025-08-01 09:00 -04:00. */
    public static String shown(ZonedDateTime t) {
        return (t.getSecond() == 0 && t.getNano() == 0 ? SHOWN : SHOWN_SECONDS).format(t);
    }
}
