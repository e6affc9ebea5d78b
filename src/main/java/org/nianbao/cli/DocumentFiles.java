package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR arguments into the files to check, in a stable order. */
final class DocumentFiles {
    private DocumentFiles() {
    }

    /** Files as given; directories become every .odt below them, sorted by path. Missing paths stay in the list (reported later). */
    static List<Path> expand(List<Path> arguments) {
        List<Path> out = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    out.addAll(walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".odt"))
                            .sorted()
                            .collect(Collectors.toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
