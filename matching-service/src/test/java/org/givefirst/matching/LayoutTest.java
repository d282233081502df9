package org.givefirst.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.givefirst.platform.testing.LayoutRules;

/** matching-service has the one shape of every Givefirst service (platform's {@link LayoutRules}). */
@AnalyzeClasses(packages = "org.givefirst.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(LayoutRules.class);
}
