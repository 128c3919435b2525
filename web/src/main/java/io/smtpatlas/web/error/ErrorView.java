package io.smtpatlas.web.error;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/** What an error page explains: what went wrong and, for an unknown code, codes close to it. */
public record ErrorView(String heading, String message, List<CodeLink> suggestions) {}
