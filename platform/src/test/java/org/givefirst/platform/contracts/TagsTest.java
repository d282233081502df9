package org.givefirst.platform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void aTagIsTrimmedLowerCasedAndDashed() {
        assertEquals("public-speaking", Tags.normalize("  Public   Speaking "));
        assertEquals("", Tags.normalize("   "));
        assertEquals("", Tags.normalize((String) null));
    }

    @Test
    void normalizedTagsDropBlanksAndDuplicatesAndKeepTheFirstOrder() {
        assertEquals(List.of("sales", "crm"), Tags.normalize(Arrays.asList("Sales", " ", "CRM", "sales", null)));
    }

    @Test
    void aFilterIsCommaSeparatedOrRepeated() {
        assertEquals(List.of("java", "public-speaking", "crm"),
                Tags.parseFilter(List.of("java, Public Speaking", "crm,,java")));
        assertEquals(List.of(), Tags.parseFilter(null));
    }

    @Test
    void sharedTagsAreSortedAndAnyOneSharedTagIsEnough() {
        assertEquals(List.of("crm", "sales"), List.copyOf(Tags.intersection(Set.of("sales", "crm", "java"), Set.of("crm", "sales", "go"))));
        assertEquals(true, Tags.intersects(Set.of("a", "b"), Set.of("b")));
        assertEquals(false, Tags.intersects(Set.of("a"), Set.of()));
        assertEquals(Set.of("public-speaking"), Tags.normalizedSet(List.of("Public Speaking", " public  speaking ")));
    }
}
