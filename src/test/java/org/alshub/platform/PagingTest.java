package org.alshub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.web.Pages;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void anAbsurdPageIsRefusedInsteadOfOverflowing() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Paging.check(2_147_483_646, 100));
        assertEquals(400, refused.problem().status());
        assertEquals("page", refused.problem().errors().get(0).field());
        assertEquals(99_999 * 100, Paging.offset(99_999, 100));
        assertEquals(Paging.MAX_OFFSET, Paging.offset((int) (Paging.MAX_OFFSET / 100), 100));
    }

    @Test
    void aPagesPageNumberIsAPageOrRefused() {
        assertEquals(0, Pages.pageNumber(null));
        assertEquals(0, Pages.pageNumber(""));
        assertEquals(3, Pages.pageNumber("3"));
        for (String bad : new String[]{"2147483646", "-1", "two", "1e9", "99999999999"}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> Pages.pageNumber(bad)).problem().status(), bad);
        }
    }
}
