package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.Advice;
import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.Companion;
import io.smtpatlas.core.code.EnhancedStatusCode;
import io.smtpatlas.core.code.FixFamily;
import io.smtpatlas.core.code.NextStep;
import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.SmtpCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every code the site has a page for, with the links between them. Immutable; build once and share. */
public final class Catalog {

    private static final int CONFUSION_LIMIT = 8;

    private final List<SmtpCode> all;
    private final Map<String, SmtpCode> byId;
    private final Map<String, List<SmtpCode>> confusions;
    private final CodeRules<NextStep> nextSteps = new CodeRules<>("next-steps.tsv", NextStep::valueOf);
    private final CodeRules<FixFamily> families = new CodeRules<>("fix-families.tsv", FixFamily::valueOf);
    private final Map<String, Integer> bounceLines = new HashMap<>();
    private final Map<String, String> reusingProviders = new HashMap<>();

    Catalog(List<SmtpCode> codes, List<String[]> confusionPairs, List<String[]> pairings) {
        this.all = codes.stream().sorted(SmtpCode.CANONICAL_ORDER).toList();
        Map<String, SmtpCode> index = new LinkedHashMap<>();
        for (SmtpCode code : all) {
            if (index.put(code.id(), code) != null) {
                throw new IllegalStateException("Duplicate code " + code.id());
            }
        }
        this.byId = Map.copyOf(index);
        Map<String, List<SmtpCode>> pairs = new LinkedHashMap<>();
        for (String[] pair : confusionPairs) {
            SmtpCode a = require(pair[0]);
            SmtpCode b = require(pair[1]);
            pairs.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(b);
            pairs.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(a);
        }
        this.confusions = Map.copyOf(pairs);
        for (String[] row : pairings) {
            SmtpCode basic = require(row[0]);
            SmtpCode enhanced = require(row[1]);
            bounceLines.put(basic.id() + " " + enhanced.id(), Integer.parseInt(row[2]));
        }
        for (String[] row : CatalogLoader.keyed("provider-reuse.tsv", 3)) {
            reusingProviders.put(require(row[0]).id(), row[1]);
        }
        for (String key : nextSteps.keys()) {
            requireKey(key);
        }
        for (String key : families.keys()) {
            requireKey(key);
        }
    }

    /** A fact table key names a code, or an enhanced code of every class ("X.7.1"), or a subject ("X.7.*"). */
    private void requireKey(String key) {
        if (key.startsWith("X.")) {
            String prefix = key.endsWith(".*") ? key.substring(1, key.length() - 1) : key.substring(1);
            boolean known = all.stream()
                    .anyMatch(code -> code instanceof EnhancedStatusCode enhanced
                            && (key.endsWith(".*")
                                    ? enhanced.registryId().startsWith("X" + prefix)
                                    : enhanced.registryId().equals(key)));
            if (!known) {
                throw new IllegalStateException("Fact table names unknown code " + key);
            }
        } else {
            require(key);
        }
    }

    /** The catalog of the product, read once from the fact tables on the classpath. */
    public static Catalog standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Catalog STANDARD = new Catalog(
                CatalogLoader.load(), CatalogLoader.confusionPairs(), CatalogLoader.keyed("pairings.tsv", 4));
    }

    /** All codes in canonical order. */
    public List<SmtpCode> all() {
        return all;
    }

    public List<SmtpCode> ofKind(CodeKind kind) {
        return all.stream().filter(code -> code.kind() == kind).toList();
    }

    /** Codes of one kind grouped by class, classes and codes in canonical order. */
    public Map<ReplyClass, List<SmtpCode>> byClass(CodeKind kind) {
        Map<ReplyClass, List<SmtpCode>> groups = new EnumMap<>(ReplyClass.class);
        for (SmtpCode code : ofKind(kind)) {
            groups.computeIfAbsent(code.replyClass(), k -> new ArrayList<>()).add(code);
        }
        return groups;
    }

    public Optional<SmtpCode> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.trim()));
    }

    /**
     * Returns the code, or throws {@link MalformedCodeException} when the text is not shaped like a code and
     * {@link UnknownCodeException} (with close codes) when it is, but no such code exists.
     */
    public SmtpCode require(String text) {
        String id = CodeSyntax.require(text);
        SmtpCode code = byId.get(id);
        if (code == null) {
            throw new UnknownCodeException(id, closestTo(id, 5));
        }
        return code;
    }

    /** Codes closest to a code-shaped text: same kind first, then fewest differing characters, then nearest. */
    public List<SmtpCode> closestTo(String id, int limit) {
        CodeKind kind = CodeSyntax.isEnhanced(id) ? CodeKind.ENHANCED : CodeKind.BASIC;
        return ofKind(kind).stream()
                .sorted(Comparator.<SmtpCode>comparingInt(code -> CodeDistance.between(id, code.id()))
                        .thenComparingInt(code -> CodeDistance.numeric(id, code.id())))
                .limit(limit)
                .toList();
    }

    /** The registry's links: for a basic code its enhanced codes, for an enhanced code its basic codes. */
    public List<SmtpCode> associatedWith(SmtpCode code) {
        if (code instanceof EnhancedStatusCode enhanced) {
            return enhanced.associatedBasicCodes().stream()
                    .map(basic -> byId.get(basic.toString()))
                    .toList();
        }
        int value = ((ReplyCode) code).value();
        return ofKind(CodeKind.ENHANCED).stream()
                .filter(candidate ->
                        ((EnhancedStatusCode) candidate).associatedBasicCodes().contains(value))
                .toList();
    }

    /** The large provider that sends this code with a meaning other than the registry's, if any. */
    public Optional<String> reusingProvider(SmtpCode code) {
        return Optional.ofNullable(reusingProviders.get(code.id()));
    }

    /**
     * The codes that travel with this one, most frequent first: the pairs seen in provider bounce lines
     * ({@code pairings.tsv}, by number of lines), then the other pairs the IANA registry lists, in code order.
     */
    public List<Companion> companions(SmtpCode code) {
        Set<SmtpCode> candidates = new LinkedHashSet<>(associatedWith(code));
        for (String pair : bounceLines.keySet()) {
            String[] ids = pair.split(" ");
            if (ids[0].equals(code.id())) {
                candidates.add(byId.get(ids[1]));
            } else if (ids[1].equals(code.id())) {
                candidates.add(byId.get(ids[0]));
            }
        }
        List<SmtpCode> registry = associatedWith(code);
        return candidates.stream()
                .map(other -> new Companion(other, bounceLinesOf(code, other), registry.contains(other)))
                .sorted(Comparator.comparingInt(Companion::bounceLines)
                        .reversed()
                        .thenComparing(Companion::code, SmtpCode.CANONICAL_ORDER))
                .toList();
    }

    private int bounceLinesOf(SmtpCode a, SmtpCode b) {
        String key = a.kind() == CodeKind.BASIC ? a.id() + " " + b.id() : b.id() + " " + a.id();
        return bounceLines.getOrDefault(key, 0);
    }

    /**
     * What to do about a code: the next step from {@code next-steps.tsv} or the class, and the family of fixes from
     * {@code fix-families.tsv}. Success and intermediate codes only take rows written for their own class.
     */
    public Advice advice(SmtpCode code) {
        var step = nextSteps.find(code);
        NextStep nextStep = step.map(CodeRules.Rule::value).orElse(NextStep.ofClass(code.replyClass()));
        String stepSource = step.map(CodeRules.Rule::source)
                .orElse(code.kind() == CodeKind.BASIC ? "RFC 5321 §4.2.1" : "RFC 3463 §2");
        var family = families.find(code)
                .filter(rule ->
                        !code.replyClass().isPositive() || families.keys().contains(code.id()));
        FixFamily fixFamily = family.map(CodeRules.Rule::value)
                .orElse(
                        switch (code.replyClass()) {
                            case POSITIVE_COMPLETION -> FixFamily.SUCCESS;
                            case POSITIVE_INTERMEDIATE -> FixFamily.INTERMEDIATE;
                            default -> FixFamily.GENERIC;
                        });
        return new Advice(
                nextStep,
                stepSource,
                fixFamily,
                family.map(CodeRules.Rule::source).orElse(stepSource));
    }

    /** The same condition in another class: 4.2.2 for 5.2.2, 450 for 550 (basic codes: 4xx and 5xx only). */
    public List<SmtpCode> classCounterparts(SmtpCode code) {
        if (code instanceof ReplyCode && code.replyClass().isPositive()) {
            return List.of();
        }
        return all.stream()
                .filter(other -> other.kind() == code.kind() && other.replyClass() != code.replyClass())
                .filter(other ->
                        !(other instanceof ReplyCode && other.replyClass().isPositive()))
                .filter(other -> conditionOf(other) == conditionOf(code))
                .toList();
    }

    /** What stays the same across classes: the last two digits of a basic code, subject and detail otherwise. */
    private static int conditionOf(SmtpCode code) {
        return code instanceof ReplyCode basic ? basic.value() % 100 : code.orderWithinClass();
    }

    /** Codes worth comparing with this one: known confusions, then class counterparts, then close neighbours. */
    public List<SmtpCode> confusedWith(SmtpCode code) {
        Set<SmtpCode> result = new LinkedHashSet<>(confusions.getOrDefault(code.id(), List.of()));
        result.addAll(classCounterparts(code));
        if (code instanceof EnhancedStatusCode) {
            result.addAll(associatedWith(code));
        }
        all.stream()
                .filter(other -> other != code
                        && other.kind() == code.kind()
                        && other.replyClass() == code.replyClass()
                        && other.subject() == code.subject())
                .sorted(Comparator.comparingInt(other -> Math.abs(other.orderWithinClass() - code.orderWithinClass())))
                .forEach(result::add);
        return result.stream().limit(CONFUSION_LIMIT).toList();
    }
}
