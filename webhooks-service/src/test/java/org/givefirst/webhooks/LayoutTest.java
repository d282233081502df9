package org.givefirst.webhooks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.givefirst.platform.testing.LayoutRules;

/** webhooks-service has the one shape of every Givefirst service (platform's {@link LayoutRules}). */
@AnalyzeClasses(packages = "org.givefirst.webhooks", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(LayoutRules.class);
}
