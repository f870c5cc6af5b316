package io.orbitpress.build;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.publish.Publisher;
import io.orbitpress.session.Step;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Files written to a staging folder as they are made; a page remembered from an earlier build
 * is kept from the spare or the published site, where it is as published (as the manifests of
 * those sites say).
 */
final class FolderTarget implements Target {

    private final Publisher.Staging staging;
    private final Steps steps;

    FolderTarget(Publisher.Staging staging, Steps steps) {
        this.staging = staging;
        this.steps = steps;
    }

    @Override
    public boolean keepsBytes() {
        return false;
    }

    @Override
    public Step<PageResult> pageStep() {
        return steps.page;
    }

    @Override
    public Step<ImageResult> imageStep() {
        return steps.image;
    }

    @Override
    public boolean usable(PageResult page) {
        return staging.canKeep(page.path(), page.contents());
    }

    @Override
    public PageResult rendered(OutputFile file, Fingerprint contents) {
        staging.write(file, contents == Fingerprint.NONE ? null : contents);
        return new PageResult(OutputFile.rendered(file.path(), null, file.source()), contents);
    }

    @Override
    public void withdraw(String path) {
        staging.withdraw(path);
    }

    @Override
    public void reused(PageResult page) {
        staging.keep(page.path(), page.contents());
    }

    @Override
    public void copy(OutputFile file, Fingerprint contents) {
        if (contents != Fingerprint.NONE && staging.canKeep(file.path(), contents)) {
            staging.keep(file.path(), contents);
        } else {
            staging.write(file, contents == Fingerprint.NONE ? null : contents);
        }
    }

    @Override
    public byte[] bytes(PageResult page) {
        try {
            return Files.readAllBytes(staging.file(page.path())); // kept there from the spare or the site
        } catch (IOException e) {
            return null;
        }
    }
}
