package org.nianbao.odf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes, for bench/odf-template-render.sh, the blank template, the template with every value cell
 * holding a 7-digit number, and the sample-report fixture into a directory.
 */
public final class TemplateRenderMain {
    public static final String SEVEN_DIGITS = "1234567";

    private TemplateRenderMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path template = dir.resolve("template.odt");
        OdfTemplateWriter.write(template, "卫辉市司法局", 2021);
        OdfTableFiller filler = OdfTableFiller.of(template);
        Map<String, String> values = new HashMap<>();
        for (String k : filler.keys()) values.put(k, SEVEN_DIGITS);
        filler.fill(values, dir.resolve("filled-7-digits.odt"));
        SampleReportFixture.write(dir.resolve("sample-report.odt"));
        System.out.println("fonts: " + FontSet.detect() + "; value cells: " + filler.keys().size());
    }
}
