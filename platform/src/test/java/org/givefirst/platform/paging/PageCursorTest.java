package org.givefirst.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.givefirst.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorIsUrlSafeAndGivesBackItsParts() {
        String cursor = PageCursor.encode("joão & zoë / ü?", "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10");

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertEquals(List.of("joão & zoë / ü?", "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10"), PageCursor.decode(cursor, 2));
    }

    @Test
    void aCursorNotMadeHereIsA400() {
        ProblemException notBase64 = assertThrows(ProblemException.class, () -> PageCursor.decode("%%%", 2));
        assertEquals(400, notBase64.status());
        ProblemException wrongShape = assertThrows(ProblemException.class,
                () -> PageCursor.decode(PageCursor.encode("only-one-part"), 2));
        assertEquals(400, wrongShape.status());
    }

    @Test
    void aPageLimitIsAWholeNumberFromOneToAHundred() {
        PageLimit.Validator validator = new PageLimit.Validator();
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid("1", null));
        assertTrue(validator.isValid("100", null));
        assertEquals(false, validator.isValid("0", null));
        assertEquals(false, validator.isValid("101", null));
        assertEquals(false, validator.isValid("ten", null));
        assertEquals(false, validator.isValid("2.5", null));
        assertEquals(PageLimit.DEFAULT, PageLimit.Value.of(null));
        assertEquals(7, PageLimit.Value.of(" 7 "));
    }
}
