package org.givefirst.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The one shape of every Givefirst service (docs: STYLE "One shape for every service"), as ArchUnit
 * rules. A service runs them all with
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.givefirst.members", importOptions = ImportOption.DoNotIncludeTests.class)
 * class LayoutTest {
 *     &#64;ArchTest
 *     static final ArchTests layout = ArchTests.in(LayoutRules.class);
 * }
 * </pre>
 * The packages below a service's root: {@code domain} (pure rules and value objects), {@code persistence}
 * (entities and queries), {@code service} (use cases), {@code rest} (resources, request and response
 * records, validation), {@code messaging} (outgoing facts, consumers, the read models they feed),
 * {@code client} (calls to other services), {@code config} (configuration mappings).
 */
public final class LayoutRules {

    /** Longest a class of {@code service} or {@code rest} may be: past it, it has more than one reason to change. */
    public static final int MAX_LINES = 300;

    private static final String DOMAIN = "org.givefirst.*.domain..";
    private static final String PERSISTENCE = "org.givefirst.*.persistence..";
    private static final String SERVICE = "org.givefirst.*.service..";
    private static final String REST = "org.givefirst.*.rest..";
    private static final String MESSAGING = "org.givefirst.*.messaging..";
    private static final String CLIENT = "org.givefirst.*.client..";
    private static final String CONFIG = "org.givefirst.*.config..";

    private LayoutRules() {
    }

    @ArchTest
    public static final ArchRule everyClassIsInOneOfTheSevenPackages = classes()
            .should().resideInAnyPackage(DOMAIN, PERSISTENCE, SERVICE, REST, MESSAGING, CLIENT, CONFIG)
            .because("every service has the same seven packages, so whoever knows one knows all three")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule domainIsPure = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", DOMAIN, "org.givefirst.platform.contracts..",
                    "org.jgrapht..", "org.jheaps..", "org.apache.lucene..", "net.fortuna.ical4j.model..")
            .because("pure rules are plain Java (the JDK, javax.crypto included; no Jakarta, Quarkus, Hibernate or"
                    + " Jackson): fast to test, easy to benchmark, easy to read; the shared wire vocabulary, graph algorithms, text analysis and recurrence rules"
                    + " (plain libraries without a framework) are the only exceptions")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, SERVICE, REST, MESSAGING, CLIENT, CONFIG)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule persistenceServesTheLayersAboveIt = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, REST, MESSAGING, CLIENT)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule nothingDependsOnRest = noClasses().that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("a use case does not know how it is called: the REST layer is on top")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule clientsKnowOnlyTheDomainAndTheirConfig = noClasses().that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, SERVICE, REST, MESSAGING)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule configurationDependsOnNothingOfTheService = noClasses().that().resideInAPackage(CONFIG)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, PERSISTENCE, SERVICE, REST, MESSAGING, CLIENT)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule resourcesNeverQueryOrWrite = noClasses().that().resideInAPackage(REST)
            .should().callCodeUnitWhere(ownedByPersistence())
            .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..",
                    "io.quarkus.panache..", "org.hibernate..")
            .because("a resource reads what a use case answered: finding, locking and writing is the service's")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule entitiesLiveInPersistence = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAnnotatedWith("jakarta.persistence.Embeddable")
            .or().areAnnotatedWith("jakarta.persistence.Converter")
            .should().resideInAPackage(PERSISTENCE)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule configMappingsLiveInConfig = classes()
            .that().areAnnotatedWith("io.smallrye.config.ConfigMapping")
            .should().resideInAPackage(CONFIG)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule resourcesLiveInRest = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path").and().areNotInterfaces()
            .should().resideInAPackage(REST)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule restClientsLiveInClientAndSaySo = classes()
            .that().areAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
            .should().resideInAPackage(CLIENT).andShould().haveSimpleNameEndingWith("RestClient")
            .because("XxxRestClient is the interface, XxxClient the fault-tolerant wrapper the service uses")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule consumersLiveInMessaging = noClasses().that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Incoming")
            .because("incoming facts are read in messaging, and nowhere else")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule useCasesAndResourcesStaySmall = classes()
            .that().resideInAnyPackage(SERVICE, REST)
            .should(endBeforeLine(MAX_LINES))
            .allowEmptyShould(true);

    private static com.tngtech.archunit.base.DescribedPredicate<JavaAccess<?>> ownedByPersistence() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("a method or constructor of a persistence class",
                access -> access.getTargetOwner().getPackageName().matches("org\\.givefirst\\.\\w+\\.persistence(\\..*)?")
                        || access.getTargetOwner().isAssignableTo("jakarta.persistence.EntityManager"));
    }

    /** The last line of code of a class (nested classes count in their file) is before {@code max}. */
    private static ArchCondition<JavaClass> endBeforeLine(int max) {
        return new ArchCondition<>("be at most " + max + " lines long") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                int last = 0;
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    last = Math.max(last, unit.getSourceCodeLocation().getLineNumber());
                    for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                        last = Math.max(last, access.getLineNumber());
                    }
                }
                if (last > max) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has code up to line "
                            + last + " of " + javaClass.getSourceCodeLocation().getSourceFileName()
                            + ": split it by use case"));
                }
            }
        };
    }
}
