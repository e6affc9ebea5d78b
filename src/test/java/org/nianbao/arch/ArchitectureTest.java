package org.nianbao.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, checked on the sources of src/main/java (imports and fully qualified names in code):
 * the core is pure Java, the Writer extension uses only the core, and the top-level packages
 * (org.nianbao.core, odf, cli, uno, launch, …) form no cycle.
 */
class ArchitectureTest {
    private static List<SourceImports.Unit> units;

    @BeforeAll
    static void scan() {
        Path root = Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/main/java");
        units = SourceImports.scan(root);
        assertTrue(units.size() > 50, "sources found: " + units.size());
    }

    @Test
    void coreImportsOnlyJavaAndCore() {
        assertEquals(List.of(), violations("org.nianbao.core", r -> r.startsWith("java.") || r.startsWith("org.nianbao.core.")
                || r.equals("org.nianbao.core")));
    }

    /** The .oxt holds core and uno only: uno never uses odfdom, the ODF adapter, the CLI or the launcher. */
    @Test
    void unoUsesOnlyTheCoreOfOurCode() {
        assertEquals(List.of(), violations("org.nianbao.uno", r -> !r.startsWith("org.odftoolkit")
                && (!r.startsWith("org.nianbao.") || r.startsWith("org.nianbao.core.") || r.startsWith("org.nianbao.uno."))));
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        Map<String, Set<String>> graph = SourceImports.packageGraph(units);
        assertTrue(graph.get("uno").contains("core") && graph.get("cli").contains("core"), graph.toString());
        assertNull(SourceImports.cycle(graph), graph.toString());
    }

    // ------------------------------------------------------------------ the scanner itself

    @Test
    void namesInCommentsAndStringsAreNotDependencies() {
        SourceImports.Unit u = SourceImports.parse(Paths.get("X.java"), "package org.nianbao.core.x;\n"
                + "import java.util.List;\nimport static org.nianbao.core.y.Z.f;\n"
                + "/** uses {@link org.nianbao.odf.OdfDocumentReader} */\n"
                + "class X { String s = \"org.nianbao.uno.Notifier\"; // com.sun.star.uno.UnoRuntime\n"
                + "  Object o = com.sun.star.uno.UnoRuntime.class; char c = '\"'; String t = \"a\\\"org.nianbao.cli.Main\"; }\n");
        assertEquals("org.nianbao.core.x", u.pkg);
        assertEquals(Set.of("java.util.List", "org.nianbao.core.y.Z.f", "com.sun.star.uno"), u.references);
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        List<String> c = SourceImports.cycle(g);
        assertEquals(4, c.size(), String.valueOf(c));
        assertEquals(c.get(0), c.get(3));
        assertNull(SourceImports.cycle(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    private static List<String> violations(String pkg, Predicate<String> allowed) {
        List<String> out = new ArrayList<>();
        for (SourceImports.Unit u : units) {
            if (!u.pkg.equals(pkg) && !u.pkg.startsWith(pkg + ".")) continue;
            for (String r : u.references) if (!allowed.test(r)) out.add(u.file + ": " + r);
        }
        return out;
    }
}
