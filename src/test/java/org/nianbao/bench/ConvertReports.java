package org.nianbao.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.docx.DocxWriter;
import org.nianbao.html.OfficeHtml;
import org.nianbao.odf.OdfDocumentReader;

/** For bench/formats-bench.sh: every .odt of a folder as .docx (DocxWriter) and as Office HTML in GBK. */
public final class ConvertReports {
    private ConvertReports() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path docx = Files.createDirectories(Path.of(args[1]));
        Path html = Files.createDirectories(Path.of(args[2]));
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".odt")).sorted().collect(Collectors.toList());
        }
        Charset gbk = Charset.forName("GBK");
        for (Path f : files) {
            String base = f.getFileName().toString().replaceAll("\\.odt$", "");
            DocumentContent d = OdfDocumentReader.read(f);
            Files.write(docx.resolve(base + ".docx"), DocxWriter.toBytes(d));
            Files.write(html.resolve(base + ".html"), OfficeHtml.page(d, "gb2312").getBytes(gbk));
        }
        System.err.println("converted " + files.size() + " reports to " + docx + " and " + html);
    }
}
