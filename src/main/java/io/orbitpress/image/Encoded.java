package io.orbitpress.image;

/** One resized copy of a picture: its size and its file's bytes (JPEG or PNG, without metadata). */
public record Encoded(int width, int height, byte[] bytes) {
}
