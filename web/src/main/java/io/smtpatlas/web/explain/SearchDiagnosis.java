package io.smtpatlas.web.explain;

import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The diagnosis card of the search page: a query that holds codes or reads like a bounce ("550 5.1.1 …", a
 * Diagnostic-Code line, a pasted report) is also diagnosed, and the card goes above the results.
 */
@ApplicationScoped
public class SearchDiagnosis {

    private final BounceExplainer explainer;
    private final DiagnosisViews views;

    public SearchDiagnosis(BounceExplainer explainer, DiagnosisViews views) {
        this.explainer = explainer;
        this.views = views;
    }

    /** The card for {@code query}, or null when nothing in it reads as a failure, a code or a reply. */
    public DiagnosisView of(String query, SiteLocale locale) {
        if (query == null || query.isBlank()) {
            return null;
        }
        Diagnosis diagnosis = explainer.explain(query);
        return diagnosis.recipients().isEmpty() ? null : views.of(diagnosis, query, locale);
    }
}
