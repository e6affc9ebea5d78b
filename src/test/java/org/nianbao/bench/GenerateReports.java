package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nianbao.odf.OdfTableFiller;

/**
 * Writes N filled reports for bench/cli-bench.sh: {@code GenerateReports DIR N [SEED]}. Every report has
 * its own random figures with consistent totals; every tenth carries one mistake (a total off by one, a
 * leaf changed, a blank cell, text in a cell, in turn). Prints how many files and mistakes it wrote.
 */
public final class GenerateReports {
    private static final String[] AGENCIES = {"某某市司法局", "某某市教育局", "某某市财政局", "某某县人民政府",
            "某某市生态环境局", "某某区住房和城乡建设局", "某某市市场监督管理局", "某某镇人民政府"};
    private static final String[] MISTAKES = {"total-off-by-one", "leaf-changed", "blank-cell", "text-in-cell"};

    private GenerateReports() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateReports DIR N [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2023;
        Files.createDirectories(dir);
        List<OdfTableFiller> fillers = new ArrayList<>();
        for (String agency : AGENCIES) fillers.add(FilledReports.filler(agency, 2023));
        Random rnd = new Random(seed);
        int mistakes = 0;
        for (int i = 0; i < n; i++) {
            Map<String, String> cells = FilledReports.balanced(rnd, 5 + rnd.nextInt(60));
            if (i % 10 == 9) mistake(cells, MISTAKES[mistakes++ % MISTAKES.length], rnd);
            fillers.get(i % fillers.size()).fill(cells, dir.resolve(String.format("report-%05d.odt", i + 1)));
        }
        System.out.println("wrote " + n + " reports to " + dir + " (" + mistakes + " with a mistake)");
    }

    /** Injects one mistake. */
    static void mistake(Map<String, String> cells, String kind, Random rnd) {
        switch (kind) {
            case "total-off-by-one":
                bump(cells, "apply.results.total.natural_person", 1);
                break;
            case "leaf-changed":
                bump(cells, "apply.results.granted.commercial", 1 + rnd.nextInt(5));
                break;
            case "blank-cell":
                cells.put("appeal.review.other", "");
                break;
            default:
                cells.put("apply.new.research", "若干");
        }
    }

    private static void bump(Map<String, String> cells, String key, int by) {
        cells.put(key, Long.toString(Long.parseLong(cells.get(key)) + by));
    }
}
