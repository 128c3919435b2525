package io.smtpatlas.web.api;

import java.util.List;

/** GET /api/compare/{a}/{b}: both codes, how they relate, and the facts that differ or agree. */
public record CompareJson(CodeJson first, CodeJson second, String relation, List<DifferenceJson> differences,
        List<String> commonCommands, List<String> sharedRelated, String url, String lang) {

    public record DifferenceJson(String aspect, boolean differs) {
    }
}
