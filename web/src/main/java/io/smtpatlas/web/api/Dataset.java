package io.smtpatlas.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole catalog as one file, JSON or CSV: every code with its facts and the texts the site shows in every
 * locale. Built from the same texts as the pages and kept with them (RenderedPages), so an edit is in the next
 * download.
 */
@ApplicationScoped
public class Dataset {

    public static final String NAME = "SMTP Atlas";
    public static final String LICENSE_NAME = "CC BY 4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String SCHEMA_PATH = "/schemas/dataset-v1.schema.json";

    /** One row per code and locale; lists are joined with spaces (codes, commands) or "; " (RFC labels). */
    @JsonPropertyOrder({
        "code",
        "kind",
        "class",
        "replyClass",
        "subject",
        "wireText",
        "commands",
        "rfcs",
        "related",
        "lang",
        "title",
        "summary",
        "description",
        "whenYouSeeIt",
        "howToFix",
        "keywords",
        "url",
        "fallback"
    })
    record CsvRow(
            String code,
            String kind,
            @JsonProperty("class") int classDigit,
            String replyClass,
            String subject,
            String wireText,
            String commands,
            String rfcs,
            String related,
            String lang,
            String title,
            String summary,
            String description,
            String whenYouSeeIt,
            String howToFix,
            String keywords,
            String url,
            String fallback) {}

    private static final CsvMapper CSV = new CsvMapper();

    private final Catalog catalog;
    private final CodeJsons json;
    private final CodeContentService content;
    private final SiteConfig site;
    private final ObjectMapper mapper;

    public Dataset(Catalog catalog, CodeJsons json, CodeContentService content, SiteConfig site, ObjectMapper mapper) {
        this.catalog = catalog;
        this.json = json;
        this.content = content;
        this.site = site;
        this.mapper = mapper;
    }

    public DatasetJson build() {
        List<DatasetJson.CodeEntry> codes =
                catalog.all().stream().map(this::entry).toList();
        Instant updatedAt = catalog.all().stream()
                .flatMap(code -> Arrays.stream(SiteLocale.values()).map(l -> content.contentOf(code.id(), l)))
                .map(texts -> texts.updatedAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new DatasetJson(
                site.baseUrl() + SCHEMA_PATH,
                NAME,
                new DatasetJson.LicenseJson(LICENSE_NAME, LICENSE_URL, notice()),
                site.baseUrl(),
                updatedAt == null ? null : updatedAt.toString(),
                Arrays.stream(SiteLocale.values()).map(SiteLocale::tag).toList(),
                codes);
    }

    public byte[] json() {
        try {
            return mapper.writeValueAsBytes(build());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV with a header row, after one "#" line with the licence (skip it, or read "#" as comments). */
    public byte[] csv() {
        List<CsvRow> rows = build().codes().stream()
                .flatMap(code ->
                        code.texts().entrySet().stream().map(texts -> row(code, texts.getKey(), texts.getValue())))
                .toList();
        try {
            String table = CSV.writer(CSV.schemaFor(CsvRow.class).withHeader()).writeValueAsString(rows);
            return ("# " + notice() + "\r\n" + table).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String notice() {
        return NAME + " dataset, " + site.baseUrl() + ". Licence: " + LICENSE_NAME + " (" + LICENSE_URL
                + "): you may share and adapt it, also commercially, if you credit " + NAME + " with a link.";
    }

    private DatasetJson.CodeEntry entry(SmtpCode code) {
        Map<String, DatasetJson.Texts> texts = new LinkedHashMap<>();
        CodeJson facts = null;
        for (SiteLocale locale : SiteLocale.values()) {
            CodeJson one = json.code(code, locale);
            facts = facts == null ? one : facts;
            texts.put(
                    locale.tag(),
                    new DatasetJson.Texts(
                            one.title(),
                            one.summary(),
                            one.description(),
                            one.whenYouSeeIt(),
                            one.howToFix(),
                            one.keywords(),
                            one.url(),
                            one.fallback()));
        }
        return new DatasetJson.CodeEntry(
                facts.code(),
                facts.kind(),
                facts.classDigit(),
                facts.replyClass(),
                facts.subject(),
                facts.wireText(),
                facts.commands(),
                facts.rfcs(),
                facts.related(),
                texts);
    }

    private static CsvRow row(DatasetJson.CodeEntry code, String lang, DatasetJson.Texts texts) {
        return new CsvRow(
                code.code(),
                code.kind(),
                code.classDigit(),
                code.replyClass(),
                code.subject(),
                code.wireText(),
                String.join(" ", code.commands()),
                String.join(
                        "; ", code.rfcs().stream().map(CodeJson.RfcJson::label).toList()),
                String.join(" ", code.related()),
                lang,
                texts.title(),
                texts.summary(),
                texts.description(),
                texts.whenYouSeeIt(),
                texts.howToFix(),
                texts.keywords(),
                texts.url(),
                String.join(" ", texts.fallback()));
    }
}
