package io.orbitpress.render;

import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
import io.orbitpress.work.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The article pages of a plan (each article's page, then its redirects, in article order), kept
 * for the next plan: an edit leaves every article and its links the same instances at the same
 * positions but a few, so the last section is copied and only the pages of those few are made
 * again, in place when they are as many as before. Otherwise each article's pages are looked up at
 * the same position, or by identity when the site has another number of articles.
 *
 * <p>What is kept is a pure function of the instances it was made from, so a plan that fails
 * later leaves nothing wrong behind. One plan at a time.
 */
final class ArticleSection {

    private Object[] articles = new Object[0];
    private Object[] links = new Object[0];
    private Object[] made = new Object[0];
    private Page[] pages = new Page[0];
    /** Where the pages of each article start in {@code pages}, and the end as the last entry. */
    private int[] offsets = {0};

    /**
     * The pages of {@code articles} with their {@code links} (at the same positions);
     * {@code make} makes those of the article at a position.
     */
    List<Page> pages(List<Article> articles, List<Site.ArticleLinks> links, IntFunction<List<Page>> make) {
        int n = articles.size();
        if (n == this.articles.length) {
            Page[] section = null;
            Object[] nowArticles = null;
            Object[] nowLinks = null;
            Object[] nowMade = null;
            boolean inPlace = true;
            for (int i = 0; i < n && inPlace; i++) {
                if (articles.get(i) == this.articles[i] && links.get(i) == this.links[i]) {
                    continue;
                }
                List<Page> fresh = make.apply(i);
                if (fresh.size() != offsets[i + 1] - offsets[i]) {
                    inPlace = false;
                    break;
                }
                if (section == null) {
                    section = pages.clone();
                    nowArticles = this.articles.clone();
                    nowLinks = this.links.clone();
                    nowMade = made.clone();
                }
                for (int k = 0; k < fresh.size(); k++) {
                    section[offsets[i] + k] = fresh.get(k);
                }
                nowArticles[i] = articles.get(i);
                nowLinks[i] = links.get(i);
                nowMade[i] = fresh;
            }
            if (inPlace) {
                if (section != null) {
                    pages = section;
                    this.articles = nowArticles;
                    this.links = nowLinks;
                    made = nowMade;
                }
                return Collections.unmodifiableList(Arrays.asList(pages));
            }
        }
        return remake(articles, links, make);
    }

    /** Every article's pages: the last ones made from the same article and links, or made now. */
    @SuppressWarnings("unchecked")
    private List<Page> remake(List<Article> articles, List<Site.ArticleLinks> links, IntFunction<List<Page>> make) {
        int n = articles.size();
        boolean same = n == this.articles.length;
        Map<Object, Integer> byArticle = null;
        Object[] nowArticles = new Object[n];
        Object[] nowLinks = new Object[n];
        Object[] nowMade = new Object[n];
        int[] nowOffsets = new int[n + 1];
        int[] at = new int[n];
        int[] todo = new int[n];
        int missing = 0;
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            if (same) {
                at[i] = this.articles[i] == a ? i : -1;
            } else {
                if (byArticle == null) {
                    byArticle = new IdentityHashMap<>(this.articles.length);
                    for (int k = 0; k < this.articles.length; k++) {
                        byArticle.put(this.articles[k], k);
                    }
                }
                at[i] = byArticle.getOrDefault(a, -1);
            }
            if (at[i] < 0 || this.links[at[i]] != links.get(i)) {
                todo[missing++] = i;
            }
        }
        // made on every core: a cold build makes every article's page here
        List<List<Page>> fresh = Batch.map(missing, k -> make.apply(todo[k]));
        List<Page> section = new ArrayList<>(n + 16);
        for (int i = 0, next = 0; i < n; i++) {
            List<Page> own = next < missing && todo[next] == i ? fresh.get(next++) : (List<Page>) this.made[at[i]];
            nowArticles[i] = articles.get(i);
            nowLinks[i] = links.get(i);
            nowMade[i] = own;
            nowOffsets[i] = section.size();
            section.addAll(own);
        }
        nowOffsets[n] = section.size();
        this.articles = nowArticles;
        this.links = nowLinks;
        made = nowMade;
        offsets = nowOffsets;
        pages = section.toArray(new Page[0]);
        return Collections.unmodifiableList(Arrays.asList(pages));
    }
}
