package io.smtpatlas.web.admin;

import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TranslationService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The editor's one form: the text and the version read of every field, and the button pressed. */
public class EditorForm {

    @RestForm("body-title")
    String title;

    @RestForm("version-title")
    String titleVersion;

    @RestForm("body-summary")
    String summary;

    @RestForm("version-summary")
    String summaryVersion;

    @RestForm("body-description")
    String description;

    @RestForm("version-description")
    String descriptionVersion;

    @RestForm("body-whenYouSeeIt")
    String whenYouSeeIt;

    @RestForm("version-whenYouSeeIt")
    String whenYouSeeItVersion;

    @RestForm("body-howToFix")
    String howToFix;

    @RestForm("version-howToFix")
    String howToFixVersion;

    @RestForm("body-keywords")
    String keywords;

    @RestForm("version-keywords")
    String keywordsVersion;

    @RestForm("body-phrasings")
    String phrasings;

    @RestForm("version-phrasings")
    String phrasingsVersion;

    @RestForm
    String action;

    /** What was typed per field; fields the form did not carry are left out. */
    Map<TextField, String> typed() {
        Map<TextField, String> typed = new EnumMap<>(TextField.class);
        put(typed, TextField.TITLE, title);
        put(typed, TextField.SUMMARY, summary);
        put(typed, TextField.DESCRIPTION, description);
        put(typed, TextField.WHEN_YOU_SEE_IT, whenYouSeeIt);
        put(typed, TextField.HOW_TO_FIX, howToFix);
        put(typed, TextField.KEYWORDS, keywords);
        put(typed, TextField.PHRASINGS, phrasings);
        return typed;
    }

    Map<TextField, Long> versions() {
        Map<TextField, Long> versions = new EnumMap<>(TextField.class);
        versions.put(TextField.TITLE, version(titleVersion));
        versions.put(TextField.SUMMARY, version(summaryVersion));
        versions.put(TextField.DESCRIPTION, version(descriptionVersion));
        versions.put(TextField.WHEN_YOU_SEE_IT, version(whenYouSeeItVersion));
        versions.put(TextField.HOW_TO_FIX, version(howToFixVersion));
        versions.put(TextField.KEYWORDS, version(keywordsVersion));
        versions.put(TextField.PHRASINGS, version(phrasingsVersion));
        return versions;
    }

    List<TranslationService.Edit> edits() {
        Map<TextField, Long> versions = versions();
        List<TranslationService.Edit> edits = new ArrayList<>();
        typed().forEach((field, body) -> edits.add(new TranslationService.Edit(field, body, versions.get(field))));
        return edits;
    }

    boolean submit() {
        return "review".equals(action);
    }

    private static void put(Map<TextField, String> typed, TextField field, String body) {
        if (body != null) {
            typed.put(field, body);
        }
    }

    private static long version(String version) {
        return version == null ? TranslationService.NEW_TEXT : AdminParams.version(version);
    }
}
