package io.orbitpress.render;

/**
 * An entity's stories in another of the site's languages, as its page in a language with none
 * of its own tells them: the language (its {@code code}, and its name as its readers write it),
 * the entity's page in that language, and how many stories there name it.
 */
public record Elsewhere(String code, String label, String url, int count) {
}
