package io.smtpatlas.web.error;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/** What a 404 page explains: the missing code, if any, and codes close to it. */
public record NotFoundView(String message, List<CodeLink> suggestions) {
}
