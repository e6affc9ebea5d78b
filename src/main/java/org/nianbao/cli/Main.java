package org.nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The reviewers' command line: {@code nianbao template|check|extract}. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "政府信息公开工作年度报告 checker (format 国办公开办函〔2021〕30号)",
        subcommands = {TemplateCommand.class, CheckCommand.class, ExtractCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and the benchmark). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        setExitCodes(cl);
        return cl.execute(args);
    }

    private static void setExitCodes(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.UNREADABLE_OR_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.UNREADABLE_OR_USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) setExitCodes(sub);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (v == null ? "dev" : v)};
        }
    }
}
