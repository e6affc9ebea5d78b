package org.nianbao.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The office's environment: the system's as it is, an unpacked one with its own libraries first; never a foreign UNO runtime. */
class InstallationTest {

    @Test
    void theSystemOfficeKeepsTheLibraryPathButLosesAForeignUnoRuntime() {
        Installation system = Installation.of(Paths.get("/usr/lib/libreoffice/program/soffice"));
        assertNull(system.unpackedRoot());
        Map<String, String> env = new HashMap<>(Map.of("URE_BOOTSTRAP", "vnd.sun.star.pathname:/x/fundamentalrc",
                "UNO_PATH", "/x", "LD_LIBRARY_PATH", "/mine"));
        system.prepare(env);
        assertEquals(Map.of("LD_LIBRARY_PATH", "/mine"), env);
    }

    @Test
    void anUnpackedOfficeGetsItsOwnLibrariesFirst() {
        Installation lo25 = Installation.of(Paths.get("/opt/lo25/usr/lib/libreoffice/program/soffice"));
        assertEquals(Paths.get("/opt/lo25"), lo25.unpackedRoot());
        Map<String, String> env = new HashMap<>(Map.of("UNO_PATH", "/usr/lib/libreoffice/program", "LD_LIBRARY_PATH", "/mine"));
        lo25.prepare(env);
        assertFalse(env.containsKey("UNO_PATH"));
        assertEquals("/opt/lo25/usr/lib/libreoffice/program:/opt/lo25/usr/lib/x86_64-linux-gnu:/mine", env.get("LD_LIBRARY_PATH"));
        Map<String, String> bare = new HashMap<>();
        lo25.prepare(bare);
        assertEquals("/opt/lo25/usr/lib/libreoffice/program:/opt/lo25/usr/lib/x86_64-linux-gnu", bare.get("LD_LIBRARY_PATH"));
    }

    @Test
    void aNamedOfficeThatIsNotThereIsAnError() {
        String before = System.getProperty(Installation.PROPERTY);
        System.setProperty(Installation.PROPERTY, "/nonexistent/program/soffice");
        try {
            assertThrows(IllegalStateException.class, Installation::chosen);
        } finally {
            if (before == null) System.clearProperty(Installation.PROPERTY);
            else System.setProperty(Installation.PROPERTY, before);
        }
    }
}
