package io.orbitpress.model;

/**
 * One name of a story's byline as it is shown: a registered author, linked to their page, or a
 * guest (a wire or freelance writer with no file), shown as plain text.
 *
 * @param name   the name as the byline shows it: a registered author's name, a guest's as written
 * @param author the registered author, or null for a guest
 */
public record BylineName(String name, Entity author) {

    /** A registered author, by the name of their file. */
    public static BylineName of(Entity author) {
        return new BylineName(author.name(), author);
    }

    /** Whether this is a registered author, with a page of their own. */
    public boolean registered() {
        return author != null;
    }
}
