package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.nianbao.docx.DocxWriter;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.OdfTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template -o FILE}: a complete blank report in the 2021 format, as .odt or (by the name) .docx. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a blank report in the 2021 format (.odt, or .docx when FILE ends with .docx).")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "报告.odt or 报告.docx")
    Path output;

    @Option(names = "--agency", paramLabel = "名称", description = "机关名称, shown in the title")
    String agency;

    @Option(names = "--year", paramLabel = "N", description = "Report year (default: last year)")
    Integer year;

    @Option(names = "--force", description = "Overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliText text = new CliText("zh");
        if (Files.exists(output) && !force) {
            err.println(text.get("error.prefix", text.get("template.exists", output)));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        int y = year != null ? year : Year.now().getValue() - 1;
        String a = agency == null ? "" : agency;
        if (DocumentFormats.kind(output) == DocumentFormats.Kind.DOCX) {
            ByteArrayOutputStream odt = new ByteArrayOutputStream();
            OdfTemplateWriter.write(odt, a, y);
            try (OutputStream out = Files.newOutputStream(output)) {
                DocxWriter.write(OdfDocumentReader.read(odt.toByteArray()), out);
            }
        } else {
            OdfTemplateWriter.write(output, a, y);
        }
        err.println(text.get("template.written", output));
        return ExitCodes.OK;
    }
}
