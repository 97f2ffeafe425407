package nl.paraat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product's classes obey the architecture rules of {@link ParaatArchitecture}. */
class ArchitectureTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.paraat");
    }

    static Stream<ArchRule> rules() {
        return ParaatArchitecture.all("nl.paraat").stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productObeys(ArchRule rule) {
        rule.check(product);
    }
}
