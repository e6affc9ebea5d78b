package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;

/** 插入数据句 (issue 10): the standard sentences quote the tables as P-2 reads them; bound numbers are X-BOUND's. */
class BoundNumbersTest {
    private static final String OVERVIEW = "overview";

    private static Evaluation check(Report r) {
        return Checker.check(r, null, Profile.national());
    }

    /** The sentences' text and, for each bound number, its offsets in that text. */
    private static String sentences(Evaluation e, List<int[]> offsets, List<String> keys) {
        StringBuilder text = new StringBuilder();
        for (List<DataSentences.Segment> p : DataSentences.paragraphs(e::settled)) {
            for (DataSentences.Segment s : p) {
                if (s.isBound()) {
                    offsets.add(new int[] {text.length(), text.length() + s.text.length()});
                    keys.add(s.key);
                }
                text.append(s.text);
            }
            text.append('\n');
        }
        return text.toString().trim();
    }

    @Test
    void theSentencesQuoteEveryBoundNumberAsTheNarrativeReaderReadsIt() {
        Report r = Fixtures.huaian2024();
        Evaluation e = check(r);
        List<int[]> offsets = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String text = sentences(e, offsets, keys);
        assertEquals(DataSentences.keys(), keys);
        List<Narrative.Quote> quotes = Narrative.quotes(text);
        assertEquals(keys.size(), quotes.size(), quotes.toString());
        for (String key : keys) {
            BigDecimal v = BoundKey.value(key, e::settled);
            assertTrue(v != null, key);
            assertTrue(quotes.stream().anyMatch(q -> q.number.compareTo(v) == 0), key + "=" + v + " not read in " + quotes);
        }
        assertTrue(text.contains("本年度共收到政府信息公开申请" + r.cellText("apply.new.total") + "件"), text);
        assertTrue(text.contains("被提起行政诉讼" + (26 + 20) + "件"), text); // 13+4+8+1 and 12+1+1+6

        r.section(OVERVIEW, text);
        assertEquals(List.of(), Fixtures.rules(check(r)).stream().filter(f -> f.startsWith("P-2") || f.startsWith("X-BOUND")).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void aStaleNumberIsP2WhenUnboundAndXBoundWhenBound() {
        Report r = Fixtures.huaian2024();
        Evaluation e = check(r);
        List<int[]> offsets = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String text = sentences(e, offsets, keys);
        int review = keys.indexOf("appeal.review.total");
        int[] at = offsets.get(review);
        String stale = text.substring(0, at[0]) + "999" + text.substring(at[1]);

        Report unbound = Fixtures.copy(r);
        unbound.section(OVERVIEW, stale);
        assertEquals(List.of("P-2@section.overview"), Fixtures.rules(check(unbound)).stream().filter(f -> f.startsWith("P-2") || f.startsWith("X-")).collect(java.util.stream.Collectors.toList()));

        Report bound = Fixtures.copy(r);
        bound.section(OVERVIEW, stale);
        int shift = 3 - (at[1] - at[0]);
        for (int i = 0; i < keys.size(); i++) {
            int s = offsets.get(i)[0] + (i > review ? shift : 0);
            int end = i == review ? s + 3 : offsets.get(i)[1] + (i > review ? shift : 0);
            bound.boundNumber(new BoundNumber(keys.get(i), BoundKey.name(keys.get(i), i + 1), OVERVIEW, s, end, stale.substring(s, end)));
        }
        Evaluation checked = check(bound);
        assertEquals(List.of("X-BOUND@section.overview"), Fixtures.rules(checked).stream().filter(f -> f.startsWith("P-2") || f.startsWith("X-")).collect(java.util.stream.Collectors.toList()));
        Finding f = checked.findings().stream().filter(x -> x.rule.equals("X-BOUND")).findFirst().orElseThrow();
        assertEquals(r.cellText("appeal.review.total"), f.expected);
        assertEquals("999", f.actual);
        assertTrue(f.messageZh.contains("“999”") && f.messageZh.contains("表四"), f.messageZh);
        assertTrue(f.place.sentence.contains("行政复议999件"), f.place.sentence);
    }

    @Test
    void unknownValuesAreWrittenAsToBeFilledNeverAsZero() {
        Report r = new Report().agency("某局").year(2024);
        Evaluation e = check(r);
        for (List<DataSentences.Segment> p : DataSentences.paragraphs(e::settled)) {
            for (DataSentences.Segment s : p) if (s.isBound()) assertEquals(DataSentences.UNKNOWN, s.text);
        }
    }
}
