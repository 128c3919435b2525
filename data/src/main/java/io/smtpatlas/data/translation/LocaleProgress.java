package io.smtpatlas.data.translation;

import io.smtpatlas.core.locale.SiteLocale;

/** How far the texts of one locale are: each number counts fields (code × field). */
public record LocaleProgress(SiteLocale locale, int missing, int draft, int inReview, int approved, int outdated) {

    public int total() {
        return missing + draft + inReview + approved + outdated;
    }

    /** Approved and up to date with the English, in whole percent rounded down (100 only when all are). */
    public int percentApproved() {
        return percent(approved);
    }

    public int percentOutdated() {
        return percent(outdated);
    }

    public int percentInReview() {
        return percent(inReview);
    }

    public int percentDraft() {
        return percent(draft);
    }

    /** Where the in-review part of a progress bar starts: after the approved and the outdated parts. */
    public int inReviewOffset() {
        return percentApproved() + percentOutdated();
    }

    private int percent(int count) {
        return total() == 0 ? 0 : (int) (100L * count / total());
    }
}
