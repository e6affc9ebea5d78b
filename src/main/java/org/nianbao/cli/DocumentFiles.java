package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR arguments into the files to check, in a stable order. */
final class DocumentFiles {
    /** A file found below a directory that is not checked, and the message id of the reason. */
    static final class NotChecked {
        final Path path;
        final String reasonId;

        NotChecked(Path path, String reasonId) {
            this.path = path;
            this.reasonId = reasonId;
        }
    }

    /** The files to check, and every other file found below the directories given. */
    static final class Expansion {
        final List<Path> files = new ArrayList<>();
        final List<NotChecked> notChecked = new ArrayList<>();
    }

    private DocumentFiles() {
    }

    /** Files as given; directories become every supported file below them, sorted by path. Missing paths stay in the list (reported later). */
    static List<Path> expand(List<Path> arguments) {
        return expandAll(arguments).files;
    }

    /** As {@link #expand}, with the files below the directories that are not checked (each with its reason). */
    static Expansion expandAll(List<Path> arguments) {
        Expansion out = new Expansion();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (Path f : found) {
                    String reason = DocumentFormats.notCheckedReason(f);
                    if (reason == null) out.files.add(f);
                    else out.notChecked.add(new NotChecked(f, reason));
                }
            } else {
                out.files.add(p);
            }
        }
        return out;
    }
}
