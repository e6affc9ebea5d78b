package org.nianbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The reviewers' command line: {@code nianbao template|check|extract}. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "政府信息公开工作年度报告 checker (format 国办公开办函〔2021〕30号)",
        subcommands = {TemplateCommand.class, CheckCommand.class, ExtractCommand.class, AggregateCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and the benchmark). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // UTF-8 whatever the locale (LANG=C would otherwise print the Chinese help as “?”)
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            // one line instead of a stack trace (e.g. template -o into a missing directory)
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            command.getErr().println(new CliText("zh").get("error.prefix", m));
            return ExitCodes.UNREADABLE_OR_USAGE;
        });
        setExitCodes(cl);
        return cl.execute(args);
    }

    private static void setExitCodes(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNREADABLE_OR_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNREADABLE_OR_USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) setExitCodes(sub);
    }

    /** No subcommand: a usage error. */
    @Override
    public Integer call() {
        CommandLine cl = new CommandLine(this);
        cl.usage(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return ExitCodes.UNREADABLE_OR_USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (v == null ? "dev" : v)};
        }
    }
}
