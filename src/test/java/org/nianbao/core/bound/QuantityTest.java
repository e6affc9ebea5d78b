package org.nianbao.core.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;

class QuantityTest {

    @Test
    void everyQuantityStandsForCellsOfTheSchema() {
        for (Quantity q : Quantity.values()) {
            assertTrue(BoundKey.isKnown(q.key), q + " " + q.key);
            List<String> cells = BoundKey.cells(q.key);
            assertTrue(!cells.isEmpty(), q.toString());
            for (String c : cells) assertTrue(ReportSchema.get().hasCell(c), q + " adds up " + c);
        }
    }

    @Test
    void groupedResultsAddUpTheirRows() {
        assertEquals(List.of("apply.results.granted.total"), BoundKey.cells(Quantity.GRANTED.key));
        List<String> denied = BoundKey.cells(Quantity.DENIED.key);
        assertEquals(8, denied.size(), denied.toString());
        assertTrue(denied.stream().allMatch(k -> k.startsWith("apply.results.denied.") && k.endsWith(".total")), denied.toString());
        assertEquals(List.of("appeal.suit_direct.total", "appeal.suit_after_review.total"), BoundKey.cells(Quantity.SUIT.key));
    }

    @Test
    void theDataSentencesQuoteEveryQuantityOnce() {
        List<String> expected = new ArrayList<>();
        for (Quantity q : Quantity.values()) expected.add(q.key);
        List<String> quoted = DataSentences.keys();
        assertEquals(quoted.size(), new LinkedHashSet<>(quoted).size(), "no key twice: " + quoted);
        assertEquals(new LinkedHashSet<>(expected), new LinkedHashSet<>(quoted));
    }
}
