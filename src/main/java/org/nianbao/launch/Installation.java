package org.nianbao.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Which LibreOffice to start: the system property {@code nianbao.office} (the path of its
 * {@code program/soffice}), else the system's. An office unpacked beside the system's (e.g. LibreOffice 25.2
 * from bookworm-backports by .ci/install-lo25.sh into ROOT, soffice at ROOT/usr/lib/libreoffice/program)
 * gets its own libraries first on LD_LIBRARY_PATH.
 */
public final class Installation {
    public static final String PROPERTY = "nianbao.office";
    private static final String[] SYSTEM = {"/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"};

    private final Path soffice;

    private Installation(Path soffice) {
        this.soffice = soffice;
    }

    /** The office whose program/soffice is {@code soffice} (not checked). */
    static Installation of(Path soffice) {
        return new Installation(soffice);
    }

    /** The office named by {@code -Dnianbao.office=…/program/soffice}, else the system's. */
    public static Installation chosen() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Paths.get(prop).toAbsolutePath();
            if (!Files.isExecutable(p)) throw new IllegalStateException(PROPERTY + "=" + prop + ": not an executable soffice");
            return new Installation(p);
        }
        for (String p : SYSTEM) if (new File(p).canExecute()) return new Installation(Paths.get(p));
        return new Installation(Paths.get("soffice"));
    }

    /** The launcher script soffice (not soffice.bin): it restarts the office when a fresh profile asks for it. */
    public Path soffice() {
        return soffice;
    }

    /**
     * The root of an office unpacked into a folder (ROOT of ROOT/usr/lib/libreoffice/program/soffice) when it
     * is not the system's, else null.
     */
    public Path unpackedRoot() {
        Path program = soffice.getParent();
        if (program == null || !program.endsWith(Paths.get("usr", "lib", "libreoffice", "program"))) return null;
        Path root = program.getParent().getParent().getParent().getParent();
        return root == null || root.getParent() == null ? null : root;
    }

    /**
     * Prepares the office's environment: URE_BOOTSTRAP and UNO_PATH removed (set by a parent that loaded another
     * UNO runtime; LibreOffice 25.2 then aborts with a DeploymentException), and for an unpacked office its
     * program folder and its x86_64-linux-gnu libraries first on LD_LIBRARY_PATH.
     */
    public void prepare(Map<String, String> env) {
        env.remove("URE_BOOTSTRAP");
        env.remove("UNO_PATH");
        Path root = unpackedRoot();
        if (root == null) return;
        String libs = soffice.getParent() + File.pathSeparator + root.resolve("usr/lib/x86_64-linux-gnu");
        String old = env.get("LD_LIBRARY_PATH");
        env.put("LD_LIBRARY_PATH", old == null || old.isEmpty() ? libs : libs + File.pathSeparator + old);
    }

    @Override
    public String toString() {
        return soffice.toString();
    }
}
