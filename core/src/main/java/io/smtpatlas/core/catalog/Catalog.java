package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.EnhancedStatusCode;
import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.SmtpCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

    Catalog(List<SmtpCode> codes, List<String[]> confusionPairs) {
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
    }

    /** The catalog of the product, read once from the fact tables on the classpath. */
    public static Catalog standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Catalog STANDARD = new Catalog(CatalogLoader.load(), CatalogLoader.confusionPairs());
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
            return enhanced.associatedBasicCodes().stream().map(basic -> byId.get(basic.toString())).toList();
        }
        int value = ((ReplyCode) code).value();
        return ofKind(CodeKind.ENHANCED).stream()
                .filter(candidate -> ((EnhancedStatusCode) candidate).associatedBasicCodes().contains(value))
                .toList();
    }

    /** The same condition in another class: 4.2.2 for 5.2.2, 450 for 550 (basic codes: 4xx and 5xx only). */
    public List<SmtpCode> classCounterparts(SmtpCode code) {
        if (code instanceof ReplyCode && code.replyClass().isPositive()) {
            return List.of();
        }
        return all.stream()
                .filter(other -> other.kind() == code.kind() && other.replyClass() != code.replyClass())
                .filter(other -> !(other instanceof ReplyCode && other.replyClass().isPositive()))
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
                .filter(other -> other != code && other.kind() == code.kind()
                        && other.replyClass() == code.replyClass() && other.subject() == code.subject())
                .sorted(Comparator.comparingInt(other -> Math.abs(other.orderWithinClass() - code.orderWithinClass())))
                .forEach(result::add);
        return result.stream().limit(CONFUSION_LIMIT).toList();
    }
}
