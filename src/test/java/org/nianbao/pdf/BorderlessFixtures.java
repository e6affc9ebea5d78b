package org.nianbao.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.nianbao.bench.FilledReports;

/**
 * Writes the .odt reports from which {@code make-fixtures.sh} prints the borderless PDFs of
 * src/test/resources/org/nianbao/pdf/borderless: {@code BorderlessFixtures DIR}. Each is a balanced report
 * (our writer, {@link FilledReports}) with figures of another size; the script then removes every table border
 * with LibreOffice and exports the PDF.
 */
public final class BorderlessFixtures {
    /** name, seed, scale (figures 0 … about scale), agency. */
    static final Object[][] REPORTS = {
            {"small", 11, 9, "某县交通运输局"},
            {"medium", 12, 60, "某市教育局"},
            {"large", 13, 4000, "某某市人民政府办公室"},
    };

    private BorderlessFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (Object[] r : REPORTS) {
            Map<String, String> values = FilledReports.balanced(new Random((Integer) r[1]), (Integer) r[2]);
            FilledReports.filler((String) r[3], 2024).fill(values, dir.resolve(r[0] + ".odt"));
        }
        System.out.println("wrote " + REPORTS.length + " reports to " + dir);
    }
}
