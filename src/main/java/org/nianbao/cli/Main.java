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
        String lang = langOf(args);
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.nianbao.cli.help",
                "en".equals(lang) ? java.util.Locale.ROOT : java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        // UTF-8 whatever the locale (LANG=C would otherwise print the Chinese help as “?”)
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            // one line instead of a stack trace (e.g. template -o into a missing directory), no Java class names
            command.getErr().println(new CliText(lang).get("error.prefix", UsageErrors.execution(e, new CliText(lang))));
            return ExitCodes.UNREADABLE_OR_USAGE;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            CliText t = new CliText(lang);
            e.getCommandLine().getErr().println(t.get("error.prefix", UsageErrors.usage(e, t)));
            e.getCommandLine().getErr().println(t.get("usage.hint", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        });
        setExitCodes(cl);
        return cl.execute(args);
    }

    /** The language asked for with --lang (zh unless en), before parsing, for help and usage errors. */
    static String langOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) return "en".equals(args[i + 1]) ? "en" : "zh";
            if (args[i].equals("--lang=en")) return "en";
        }
        return "zh";
    }

    private static void setExitCodes(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNREADABLE_OR_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNREADABLE_OR_USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) setExitCodes(sub);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No subcommand: a usage error (the help in the user's language). */
    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
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
