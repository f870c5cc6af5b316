package io.orbitpress.model;

/**
 * A topic.
 *
 * @param name its display name: from {@code tags:} in site.yaml, else the name of the entity it
 *             matches, else the first spelling that is more than its slug (as written, before assembly)
 * @param slug its URL segment
 * @param url  its page, {@code /tags/<slug>/}
 * @param link where a mention of the topic leads: the page of the person, mission or organization of
 *             the same name, else {@code url}
 */
public record Tag(String name, String slug, String url, String link) {

    /** A topic as an article writes it, before the site knows its entities. */
    public Tag(String name, String slug, String url) {
        this(name, slug, url, url);
    }

    // written out, as the record's own would compute them, without its method-handle chain: every
    // article's topics are compared at each assembly
    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && java.util.Objects.equals(t.slug, slug) && java.util.Objects.equals(t.name, name)
                && java.util.Objects.equals(t.url, url) && java.util.Objects.equals(t.link, link);
    }

    @Override
    public int hashCode() {
        return ((java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(slug)) * 31
                + java.util.Objects.hashCode(url)) * 31 + java.util.Objects.hashCode(link);
    }

    /** Whether the topic is also a person, mission or organization with a page of its own. */
    public boolean isEntity() {
        return !link.equals(url);
    }
}
