package io.smtpatlas.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.qute.CheckedTemplate;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the README draws, as tests: core is plain Java, data knows nothing of the web layer, resources do
 * not call each other, templates get views rather than entities, and web's test packages mirror main packages.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.smtpatlas");
    }

    @Test
    void coreUsesOnlyTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.smtpatlas.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.smtpatlas.core..")
                .check(main);
    }

    @Test
    void dataNeverUsesTheWebLayer() {
        noClasses()
                .that()
                .resideInAPackage("io.smtpatlas.data..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.smtpatlas.web..")
                .check(main);
    }

    @Test
    void resourcesDoNotInjectOtherResources() {
        classes()
                .that()
                .areAnnotatedWith(Path.class)
                .should(new ArchCondition<>("not inject another resource") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        Stream.concat(
                                        resource.getConstructors().stream()
                                                .flatMap(c -> c.getRawParameterTypes().stream()),
                                        resource.getFields().stream().map(field -> field.getRawType()))
                                .filter(type -> type.isAnnotatedWith(Path.class))
                                .forEach(type -> events.add(SimpleConditionEvent.violated(
                                        resource, resource.getName() + " injects the resource " + type.getName())));
                    }
                })
                .check(main);
    }

    @Test
    void templatesGetViewsNotEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(CheckedTemplate.class)
                .should(new ArchCondition<>("take no entity, not even inside a view") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Set<JavaClass> seen = new HashSet<>();
                        method.getParameterTypes()
                                .forEach(type -> findEntities(type, seen)
                                        .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                                method,
                                                method.getFullName() + " gives the template the entity "
                                                        + entity.getName()))));
                    }
                })
                .check(main);
    }

    /** The entities a template could reach through a type: itself, its type arguments, our classes' fields. */
    private static List<JavaClass> findEntities(JavaType type, Set<JavaClass> seen) {
        JavaClass raw = type.toErasure();
        Stream<JavaType> inside = type instanceof JavaParameterizedType parameterized
                ? parameterized.getActualTypeArguments().stream()
                : Stream.empty();
        if (!seen.add(raw)) {
            return List.of();
        }
        if (raw.isAnnotatedWith(Entity.class)) {
            return List.of(raw);
        }
        if (raw.getPackageName().startsWith("io.smtpatlas")) {
            inside = Stream.concat(
                    inside,
                    raw.getFields().stream()
                            .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                            .map(field -> field.getType()));
        }
        return inside.flatMap(inner -> findEntities(inner, seen).stream()).toList();
    }

    /** A test lives in the package of the code it tests, so that "where is the test of X" has one answer. */
    @Test
    void testPackagesMirrorMainPackages() throws IOException {
        java.nio.file.Path tests = java.nio.file.Path.of("src/test/java");
        Set<String> mainPackages = new HashSet<>();
        main.forEach(javaClass -> {
            for (String p = javaClass.getPackageName();
                    !p.isEmpty();
                    p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
                mainPackages.add(p);
            }
        });
        List<String> strays;
        try (Stream<java.nio.file.Path> files = Files.walk(tests)) {
            strays = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> tests.relativize(file.getParent()).toString().replace('/', '.'))
                    .distinct()
                    // Browser tests drive whole flows across features; they have no one package to mirror.
                    .filter(pkg -> !pkg.equals("io.smtpatlas.web.browser"))
                    .filter(pkg -> !mainPackages.contains(pkg))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertEquals(List.of(), strays, "test packages without a main package");
    }
}
