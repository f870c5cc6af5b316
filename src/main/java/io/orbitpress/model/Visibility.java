package io.orbitpress.model;

/**
 * Whether an article may be seen at the build's time: published, waiting for its publication
 * time (embargoed), past its expiry date, or withdrawn (its address shows a notice instead). Decided after the article is made, so that the same
 * article, remembered from an earlier build, is published once its time has come.
 */
public enum Visibility {
    PUBLISHED, EMBARGOED, EXPIRED, WITHDRAWN
}
