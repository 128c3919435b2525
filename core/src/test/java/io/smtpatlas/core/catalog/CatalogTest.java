package io.smtpatlas.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.EnhancedStatusCode;
import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.ReplySubject;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void holdsEveryBasicCodeOfRfc5321AndItsExtensions() {
        Set<String> basic = ids(catalog.ofKind(CodeKind.BASIC));
        assertTrue(basic.size() >= 40, "at least 40 basic codes, got " + basic.size());
        // RFC 5321 §4.2.3 lists these; AUTH, STARTTLS, ETRN, RFC 7504 add the rest.
        for (String code : List.of(
                "211", "214", "220", "221", "250", "251", "252", "354", "421", "450", "451", "452", "455", "500", "501",
                "502", "503", "504", "550", "551", "552", "553", "554", "555", "235", "334", "432", "454", "530", "534",
                "535", "538", "521", "556", "253", "458", "459")) {
            assertTrue(basic.contains(code), "missing basic code " + code);
        }
    }

    @Test
    void holdsAll81RegistryEnhancedCodesInEveryClassTheyTake() {
        Set<String> registry = catalog.ofKind(CodeKind.ENHANCED).stream()
                .map(code -> ((EnhancedStatusCode) code).registryId())
                .collect(Collectors.toSet());
        assertEquals(81, registry.size());
        assertTrue(catalog.find("4.2.2").isPresent() && catalog.find("5.2.2").isPresent());
        assertTrue(catalog.find("2.1.5").isPresent(), "2.1.5 destination address valid is a success code");
        assertTrue(catalog.find("5.7.30").isPresent() && catalog.find("5.1.10").isPresent());
    }

    @Test
    void derivesClassAndSubjectFromTheDigits() {
        SmtpCode code = catalog.require("452");
        assertEquals(ReplyClass.TRANSIENT_NEGATIVE, code.replyClass());
        assertEquals(ReplySubject.MAIL_SYSTEM, code.subject());
        assertEquals(ReplySubject.CONNECTIONS, catalog.require("221").subject());
        assertEquals(ReplySubject.SECURITY_POLICY, catalog.require("5.7.1").subject());
        assertEquals(ReplyClass.PERMANENT_NEGATIVE, catalog.require("5.7.1").replyClass());
    }

    @Test
    void everyCodeHasCommandsOrIsRegistryOnlyAndEveryCodeHasAReference() {
        for (SmtpCode code : catalog.all()) {
            assertFalse(code.rfcs().isEmpty(), code.id() + " has no RFC");
            if (code instanceof ReplyCode reply) {
                assertTrue(reply.rare() || !reply.wireText().isBlank(), code.id() + " has no wire text");
                assertTrue(reply.rare() || !reply.commands().isEmpty(), code.id() + " has no command");
            }
        }
    }

    @Test
    void associatedCodesLinkBothWaysAndKeepTheClass() {
        List<String> forBasic = catalog.associatedWith(catalog.require("550")).stream()
                .map(SmtpCode::id)
                .toList();
        assertTrue(forBasic.contains("5.1.1"));
        assertTrue(forBasic.stream().allMatch(id -> id.startsWith("5.")));
        List<String> forEnhanced = catalog.associatedWith(catalog.require("4.1.1")).stream()
                .map(SmtpCode::id)
                .toList();
        assertEquals(List.of("451"), forEnhanced);
        assertTrue(catalog.require("5.1.1").commands().receives(SmtpCommand.RCPT));
        for (SmtpCode code : catalog.all()) {
            for (SmtpCode other : catalog.associatedWith(code)) {
                assertTrue(catalog.associatedWith(other).contains(code), code.id() + " <-> " + other.id());
            }
        }
    }

    @Test
    void listsCodesInCanonicalOrder() {
        List<SmtpCode> all = catalog.all();
        assertEquals("211", all.get(0).id());
        assertEquals("5.7.30", all.get(all.size() - 1).id());
        int tenth = all.indexOf(catalog.require("5.1.10"));
        assertTrue(all.indexOf(catalog.require("5.1.9")) < tenth && tenth < all.indexOf(catalog.require("5.2.0")));
    }

    @Test
    void tellsMalformedFromUnknownAndSuggestsCloseCodes() {
        assertThrows(MalformedCodeException.class, () -> catalog.require("55x"));
        assertThrows(MalformedCodeException.class, () -> catalog.require("5..1"));
        assertThrows(MalformedCodeException.class, () -> catalog.require(""));
        UnknownCodeException unknown = assertThrows(UnknownCodeException.class, () -> catalog.require("559"));
        assertTrue(ids(unknown.suggestions()).contains("556"));
        assertTrue(unknown.suggestions().stream().allMatch(code -> code.id().startsWith("55")));
        UnknownCodeException enhanced = assertThrows(UnknownCodeException.class, () -> catalog.require("5.1.99"));
        assertTrue(enhanced.suggestions().stream().allMatch(code -> code.kind() == CodeKind.ENHANCED));
    }

    @Test
    void offersComparisonsWithTheCodesPeopleConfuse() {
        assertTrue(ids(catalog.confusedWith(catalog.require("450"))).containsAll(Set.of("550", "421")));
        assertTrue(ids(catalog.confusedWith(catalog.require("5.2.2"))).containsAll(Set.of("4.2.2", "552")));
        for (SmtpCode code : catalog.all()) {
            assertFalse(catalog.confusedWith(code).contains(code), code.id() + " compared with itself");
        }
    }

    private static Set<String> ids(List<SmtpCode> codes) {
        return codes.stream().map(SmtpCode::id).collect(Collectors.toSet());
    }
}
