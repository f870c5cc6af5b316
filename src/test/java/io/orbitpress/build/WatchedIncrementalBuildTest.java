package io.orbitpress.build;

/**
 * The edits of {@link IncrementalBuildTest}, with the cache told before each rebuild which files
 * changed, as the preview's watcher tells it: then a rebuild looks only at those files and, for
 * an edit that keeps an article's place, makes only that article again.
 */
class WatchedIncrementalBuildTest extends IncrementalBuildTest {

    @Override
    boolean watched() {
        return true;
    }
}
