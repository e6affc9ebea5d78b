package org.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.odf.OdfDocumentReader;

/**
 * Property over filled variants: reports with random figures of every size (one digit to six, amounts with decimals),
 * some with text or a blank in a value cell, printed by the system LibreOffice with every table border removed
 * (strip_borders.py through python3-uno): each PDF reads exactly the values and findings of its .odt.
 */
class PdfBorderlessFromLibreOfficeIT {
    private static final Path SCRIPT = Path.of("src/test/resources/org/nianbao/pdf/borderless/strip_borders.py");

    @Test
    void borderlessPdfsOfRandomReportsReadTheSameAsTheirOdt(@TempDir Path dir) throws Exception {
        Random rnd = new Random(2024);
        int[] scales = {2, 9, 40, 300, 3000, 90_000, 25, 700};
        List<Path> odts = new ArrayList<>();
        for (int i = 0; i < scales.length; i++) {
            Map<String, String> values = FilledReports.balanced(rnd, scales[i]);
            if (i == 6) values.put("apply.new.research", "若干"); // text in a value cell
            if (i == 7) values.put("appeal.review.other", ""); // a blank value cell
            Path odt = dir.resolve("r" + i + ".odt");
            FilledReports.filler(i % 2 == 0 ? "某县人民政府" : "某某市市场监督管理局", 2023 + i % 2).fill(values, odt);
            odts.add(odt);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process office = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--invisible", "--norestore", "--accept=socket,host=127.0.0.1,port=" + port + ";urp;")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            waitForPort(port);
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString(), String.valueOf(port), "none"));
            for (Path p : odts) cmd.add(p.toString());
            cmd.add(dir.toString());
            Process py = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(py.waitFor(300, TimeUnit.SECONDS), "strip_borders.py did not finish");
            assertEquals(0, py.exitValue(), "strip_borders.py failed");
        } finally {
            office.destroy();
            if (!office.waitFor(20, TimeUnit.SECONDS)) office.destroyForcibly();
        }
        for (int i = 0; i < odts.size(); i++) {
            Report odt = DocumentReader.read(OdfDocumentReader.read(odts.get(i)));
            Report pdf = DocumentReader.read(PdfDocumentReader.read(dir.resolve("r" + i + "-none.pdf")));
            assertEquals(PdfBorderlessTest.cells(odt), PdfBorderlessTest.cells(pdf), "r" + i);
            assertEquals(PdfBorderlessTest.findings(odt), PdfBorderlessTest.findings(pdf), "r" + i);
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("soffice did not listen on " + port);
    }
}
