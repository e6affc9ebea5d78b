package org.nianbao.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Command-line mistakes and failures in the user's language, without Java class names. */
final class UsageErrors {
    private UsageErrors() {
    }

    static String usage(CommandLine.ParameterException e, CliText t) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            return t.get("usage.unknown", String.join(" ", ((CommandLine.UnmatchedArgumentException) e).getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException) {
            StringBuilder names = new StringBuilder();
            for (CommandLine.Model.ArgSpec a : ((CommandLine.MissingParameterException) e).getMissing()) {
                if (names.length() > 0) names.append(", ");
                names.append(a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel());
            }
            return t.get("usage.missing", names);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel();
            return t.get("usage.invalid", e.getValue(), name);
        }
        return t.get("usage.other", e.getMessage());
    }

    static String execution(Exception e, CliText t) {
        if (e instanceof NoSuchFileException) return t.get("io.no.such", ((NoSuchFileException) e).getFile());
        if (e instanceof AccessDeniedException) return t.get("io.denied", ((AccessDeniedException) e).getFile());
        if (e instanceof FileAlreadyExistsException) return t.get("template.exists", ((FileAlreadyExistsException) e).getFile());
        String m = e.getMessage();
        return m == null || m.isBlank() ? t.get("io.failed") : m;
    }
}
