package io.smtpatlas.web.explain;

/** Why the explainer could not answer a form: empty, too large, or sent from another site. */
public record Notice(String heading, String text) {}
