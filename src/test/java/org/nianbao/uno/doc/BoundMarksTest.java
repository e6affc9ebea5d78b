package org.nianbao.uno.doc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundMarksTest {
    @Test
    void onlyParagraphsWithDigitsOrToBeFilledAreAskedForTheirPortions() {
        assertTrue(BoundMarks.mayHoldBoundNumber("收到申请12件"));
        assertTrue(BoundMarks.mayHoldBoundNumber("收到申请１２件")); // full-width digits
        assertTrue(BoundMarks.mayHoldBoundNumber("收到申请（待填）件"));
        assertFalse(BoundMarks.mayHoldBoundNumber("一、总体情况"));
        assertFalse(BoundMarks.mayHoldBoundNumber(""));
    }
}
