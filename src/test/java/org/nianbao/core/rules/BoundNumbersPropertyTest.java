package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;

/**
 * Property checks of the data sentences over random tables (seeded): every bound number reads back as its
 * value through the narrative reader; one stale number is one P-2 unbound and one X-BOUND bound; rewriting
 * bound numbers keeps every offset on its text.
 */
class BoundNumbersPropertyTest {
    private static final int CASES = 150;

    /** Random inputs (counts 0…20000, the amount with decimals), totals left to compute. */
    private static Report random(Random rnd) {
        Report r = new Report().agency("某局").year(2024);
        for (CellDef c : ReportSchema.get().cells()) {
            if (c.computed) continue;
            int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 20 : 20_000);
            r.cell(c.key, c.key.endsWith(".amount") ? n + "." + rnd.nextInt(10) : String.valueOf(n));
        }
        r.amountHeader(ReportSchema.get().t2Blocks().get(3).columns.get(0).zh);
        return r;
    }

    private static Evaluation check(Report r) {
        return Checker.check(r, null, Profile.national());
    }

    /** The sentences as one section text, with the report's bound numbers recorded when {@code bind}. */
    private static String write(Report r, Evaluation e, boolean bind, List<int[]> spans, List<String> keys) {
        StringBuilder text = new StringBuilder();
        for (List<DataSentences.Segment> p : DataSentences.paragraphs(e::settled)) {
            for (DataSentences.Segment s : p) {
                if (s.isBound()) {
                    spans.add(new int[] {text.length(), text.length() + s.text.length()});
                    keys.add(s.key);
                }
                text.append(s.text);
            }
            text.append('\n');
        }
        return text.toString().trim();
    }

    private static List<String> textRules(Evaluation e) {
        return e.findings().stream().map(f -> f.rule).filter(id -> id.equals("P-2") || id.equals("X-BOUND")).collect(Collectors.toList());
    }

    @Test
    void everyNumberReadsBackAndOneStaleNumberIsOneFinding() {
        Random rnd = new Random(20261202);
        for (int i = 0; i < CASES; i++) {
            Report r = random(rnd);
            Evaluation e = check(r);
            List<int[]> spans = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            String text = write(r, e, false, spans, keys);
            List<Narrative.Quote> quotes = Narrative.quotes(text);
            for (String key : keys) {
                BigDecimal v = BoundKey.value(key, e::settled);
                assertTrue(quotes.stream().anyMatch(q -> q.number.compareTo(v) == 0), i + ": " + key + "=" + v + " in " + text);
            }
            r.section("overview", text);
            assertEquals(List.of(), textRules(check(r)), i + ": " + text);

            // one number made stale
            int k = rnd.nextInt(keys.size());
            BigDecimal value = BoundKey.value(keys.get(k), e::settled);
            BigDecimal carry = e.settled("apply.carried_over.total");
            String stale = value.add(BigDecimal.valueOf(1 + rnd.nextInt(50))).toPlainString();
            if (keys.get(k).equals("apply.new.total") && new BigDecimal(stale).compareTo(value.add(carry)) == 0) stale = stale + "1";
            int[] at = spans.get(k);
            String staleText = text.substring(0, at[0]) + stale + text.substring(at[1]);
            Report unbound = Fixtures.copy(r);
            unbound.section("overview", staleText);
            assertEquals(List.of("P-2"), textRules(check(unbound)), i + ": " + keys.get(k) + " " + staleText);

            Report bound = Fixtures.copy(r);
            bound.section("overview", staleText);
            int shift = stale.length() - (at[1] - at[0]);
            for (int j = 0; j < keys.size(); j++) {
                int s = spans.get(j)[0] + (j > k ? shift : 0);
                int end = j == k ? s + stale.length() : spans.get(j)[1] + (j > k ? shift : 0);
                bound.boundNumber(new BoundNumber(keys.get(j), BoundKey.name(keys.get(j), j + 1), "overview", s, end, staleText.substring(s, end)));
            }
            assertEquals(List.of("X-BOUND"), textRules(check(bound)), i + ": " + keys.get(k));

            // the recompute's rewrite: offsets stay on their texts, the finding goes
            bound.rewriteBound(BoundKey.name(keys.get(k), k + 1), DataSentences.text(value));
            for (BoundNumber b : bound.boundNumbers()) {
                assertEquals(b.text, bound.sectionText("overview").substring(b.start, b.end), i + ": " + b);
            }
            assertEquals(text, bound.sectionText("overview"));
            assertEquals(List.of(), textRules(check(bound)), i + ": after the rewrite");
        }
    }
}
