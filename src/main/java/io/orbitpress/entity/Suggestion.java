package io.orbitpress.entity;

/**
 * An unregistered person introduced by a cue phrase, as in "astronaut Jane Doe".
 * Line and column are 1-based and point at the name, not the cue.
 */
public record Suggestion(String kind, String name, String cue, int line, int column) {
}
