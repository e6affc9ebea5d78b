package org.nianbao.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.nianbao.odf.OdfTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template -o FILE}: a complete blank report in the 2021 format. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "Write a blank report in the 2021 format (.odt).")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Option(names = "--agency", paramLabel = "名称", description = "机关名称, shown in the title")
    String agency;

    @Option(names = "--year", paramLabel = "N", description = "Report year (default: last year)")
    Integer year;

    @Override
    public Integer call() throws Exception {
        int y = year != null ? year : Year.now().getValue() - 1;
        OdfTemplateWriter.write(output, agency == null ? "" : agency, y);
        new java.io.PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8)
                .println(new CliText("zh").get("template.written", output));
        return ExitCodes.OK;
    }
}
