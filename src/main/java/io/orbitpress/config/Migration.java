package io.orbitpress.config;

/**
 * How to read an archive moved over from Jekyll, Hugo or Zola without editing its files
 * ({@code migration:} in site.yaml). All off by default: a newsroom's own site gets every check.
 *
 * @param skipInvalid  an article file with errors is left out, its errors shown as warnings
 * @param urlFromPath  an article's URL follows its folders below articles/, as in Hugo and Zola
 *                     ({@code docs/intro.md} at /docs/intro/, {@code docs/_index.md} at /docs/);
 *                     Jekyll's {@code _posts} folders are not part of the URL
 * @param dateFallback the date of an article that has none: "" (an error), "fileModTime" (the
 *                     file's modification time, as Hugo's :fileModTime), or a date like 2024-01-01
 */
public record Migration(boolean skipInvalid, boolean urlFromPath, String dateFallback) {

    public static final String FILE_MOD_TIME = "fileModTime";

    public static Migration none() {
        return new Migration(false, false, "");
    }

    /** Whether the site is an archive moved in: any of the settings given. */
    public boolean on() {
        return skipInvalid || urlFromPath || !dateFallback.isEmpty();
    }
}
