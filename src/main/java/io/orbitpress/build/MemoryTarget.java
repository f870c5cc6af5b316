package io.orbitpress.build;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.session.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Files kept in memory, pages with their bytes: what {@code serve} serves and {@code check} checks. */
final class MemoryTarget implements Target {

    private final Steps steps;
    private final List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
    private final List<OutputFile> pages = new ArrayList<>();

    MemoryTarget(Steps steps) {
        this.steps = steps;
    }

    @Override
    public boolean keepsBytes() {
        return true;
    }

    @Override
    public Step<PageResult> pageStep() {
        return steps.pageInMemory;
    }

    @Override
    public Step<ImageResult> imageStep() {
        return steps.imageInMemory;
    }

    @Override
    public boolean usable(PageResult page) {
        return page.bytes() != null;
    }

    @Override
    public PageResult rendered(OutputFile file, Fingerprint contents) {
        return new PageResult(file, contents);
    }

    @Override
    public void reused(PageResult page) {
    }

    @Override
    public void copy(OutputFile file, Fingerprint contents) {
        files.add(file);
    }

    @Override
    public byte[] bytes(PageResult page) {
        return page.bytes();
    }

    @Override
    public void pages(List<PageResult> results) {
        results.forEach(r -> pages.add(r.file()));
    }

    @Override
    public void copies(List<PageResult> results) {
        results.forEach(r -> files.add(r.file()));
    }

    /** Every file: the pages in plan order, then the copies. */
    List<OutputFile> files() {
        List<OutputFile> out = new ArrayList<>(pages);
        out.addAll(files);
        return out;
    }
}
