package uk.police.hcir.systemtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published events are a contract integrations read for years: every {@code *-events} module compiles
 * against the JDK alone, so nothing of Spring, Axon or any other library leaks into it.
 */
class EventsModulesDependOnlyOnTheJdkTest {

    private static final Path ROOT = Path.of(System.getProperty("hcir.repository.root", "..")).toAbsolutePath();

    @Test
    void everyEventsModuleDependsOnTheJdkAlone() throws IOException {
        List<Path> modules = eventsModules();
        assertThat(modules).extracting(path -> path.getFileName().toString())
                           .contains("intake-events", "case-events", "victim-contact-events");

        for (Path module : modules) {
            JavaClasses classes = new ClassFileImporter().importPath(module.resolve("target/classes"));
            assertThat(classes).as("classes of %s", module).isNotEmpty();
            classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", packageOf(classes))
                     .because("a *-events module is a contract that depends on nothing but the JDK")
                     .check(classes);
        }
    }

    @Test
    void everyEventsModuleDeclaresNoDependencies() throws IOException {
        for (Path module : eventsModules()) {
            String pom = Files.readString(module.resolve("pom.xml"));
            assertThat(pom).as("%s/pom.xml", module.getFileName()).doesNotContain("<dependencies>");
        }
    }

    private static String packageOf(JavaClasses classes) {
        return classes.stream().map(c -> c.getPackageName()).min(String::compareTo).orElseThrow() + "..";
    }

    private static List<Path> eventsModules() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT, 2)) {
            return paths.filter(Files::isDirectory)
                        .filter(path -> path.getFileName().toString().endsWith("-events"))
                        .filter(path -> Files.exists(path.resolve("pom.xml")))
                        .sorted()
                        .toList();
        }
    }
}
