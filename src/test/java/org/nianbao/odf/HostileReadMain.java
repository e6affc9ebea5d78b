package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import java.nio.file.Path;

/** Child process of {@link HostileFilesTest}: reads each file, prints "name TAB outcome TAB ms" per file. */
public final class HostileReadMain {
    private HostileReadMain() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            Path p = Path.of(a);
            long t0 = System.nanoTime();
            String outcome;
            try {
                OdfDocumentReader.read(p);
                outcome = "READ";
            } catch (UnreadableDocumentException e) {
                outcome = e.reason().name() + "\t" + e.getMessage();
            }
            System.out.println(p.getFileName() + "\t" + outcome + "\t" + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }
}
